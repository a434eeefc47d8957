import sys

from uxlab.cli import main

sys.exit(main())
