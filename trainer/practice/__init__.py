"""Practice sessions without a screen: what to practise next, the session in progress, and the
``Trainer`` facade the UI calls so that screens never touch YAML or TinyDB."""
