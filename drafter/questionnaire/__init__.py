"""``drafter ask``: an interactive questionnaire that writes the data file ``drafter build`` reads.

=============  ============================================================================
questions      the questions, derived from the report model
answers        typed text → stored value, checked by the model; stored value → words
progress       the progress file, written atomically after every answer
prompts        the terminal (questionary), ``<`` to go back
flow           the prompting loop
review         the review screen
last_year      ``--from``: last year's figures and report information
command        the command itself: start or continue, save, offer to build
=============  ============================================================================
"""
