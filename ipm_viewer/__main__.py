"""`python -m ipm_viewer` is the same as the `ipm-viewer` command."""

import sys

from ipm_viewer.cli import main

sys.exit(main())
