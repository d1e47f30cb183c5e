"""The Insights view: headline figures with "How is this counted?", and the charts."""
