"""Pure functions of text: numbers, dates, entities, language (English and German)."""
