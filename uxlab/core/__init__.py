"""The pure engine of uxlab: study model, events, session replay, recorder, clock, scoring.

No Qt, no file or network I/O: storage hands bytes in and out, the GUI drives the recorder.
"""
