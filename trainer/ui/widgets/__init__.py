"""Reusable parts shared by several screens."""
