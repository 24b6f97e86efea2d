"""``drafter ask``: an interactive questionnaire that writes the data file ``drafter build`` reads.

=============  ============================================================================
questions      the questions, derived from the report model
answers        typed text → stored value, checked by the model; stored value → words
progress       the progress file, written atomically after every answer
prompts        the terminal (questionary), ``<`` to go back, ``>`` to skip a part, Tab for last year's value
flow           the prompting loop
menu           a long list to move in quickly: paging, jump by number, find by name
review         the review screen: the parts, then the answers of one part
last_year      ``--from``: last year's figures and report information
command        the command itself: start or continue, save, offer to build
=============  ============================================================================
"""
