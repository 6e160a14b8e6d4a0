"""The demo data set: Hà Tĩnh, drawn from the seed article (``seeds/demo/ha_tinh.json``), all of
it in this package.

- ``service``: ``DemoService`` and the core of the demo (places, agencies, leaders, venues,
  citizens, conferences of the demo file), and the sections each feature adds;
- ``conferences``: a year of reception days from the leaders' rules, changed conferences;
- ``cases``: petitions in every state, raised at the demo conferences and reception days.
"""

from dialogue_app.services.demo.service import (
    DEMO_SECTIONS,
    DemoContext,
    DemoSection,
    DemoService,
    DemoSummary,
    parse_when,
)

__all__ = [
    "DEMO_SECTIONS",
    "DemoContext",
    "DemoSection",
    "DemoService",
    "DemoSummary",
    "parse_when",
]
