"""Extractors, in the order they run. Each reads the Document and adds mentions and facts.

Adding an extractor is adding a module here and a line to EXTRACTORS; the test
suite runs every registered extractor on every test document.
"""

from .acts import extract_acts
from .distribution import extract_distribution
from .entities import extract_entities
from .events import extract_events
from .letter import extract_letter
from .named_instruments import extract_named_instruments
from .persons import extract_persons
from .projects import extract_projects
from .resolutions import extract_resolutions
from .texts import extract_texts
from .unknown import extract_unknown_organizations

EXTRACTORS = [
    ("entities", extract_entities),
    ("resolutions", extract_resolutions),
    ("unknown-organizations", extract_unknown_organizations),
    ("letter", extract_letter),
    ("persons", extract_persons),
    ("distribution", extract_distribution),
    ("acts", extract_acts),
    ("texts", extract_texts),
    ("named-instruments", extract_named_instruments),
    ("events", extract_events),
    ("projects", extract_projects),
]
