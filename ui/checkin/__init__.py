"""The daily check-in: the tracked factors, their editors, and managing them."""
