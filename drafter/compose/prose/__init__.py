"""The prose: how figures are said through the phrases declared on the model (saying), their
changes and targets, numbers, honours and items, stock phrases of the time and place, and
Chinese punctuation. Plain Python, no templates: the filters of the sandbox call it."""
