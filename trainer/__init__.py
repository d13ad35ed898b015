"""intimacy-trainer: practise the everyday skills of emotional intimacy in the terminal."""

__version__ = "0.1.0"
