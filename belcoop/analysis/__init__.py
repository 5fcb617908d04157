"""What spans articles: reprints (one story saved several times), trade series and their conflicts, people
across articles. Pure functions over rows the store hands over: nothing here speaks SQL or writes output."""
