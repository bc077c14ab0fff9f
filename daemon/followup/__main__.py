"""`python -m followup` runs the command line."""

import sys

from followup.cli import main

sys.exit(main())
