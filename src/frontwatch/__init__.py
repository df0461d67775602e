"""frontwatch: turn war reporting into a living, queryable picture of a conflict."""

from .workspace import IngestSummary, Workspace, open

__version__ = "0.1.0"
__all__ = ["IngestSummary", "Workspace", "open", "__version__"]
