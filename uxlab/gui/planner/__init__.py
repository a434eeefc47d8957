"""Tools › Plan sample size…: the sample-size planner (uxlab/analysis/planning.py) as a dialog."""
