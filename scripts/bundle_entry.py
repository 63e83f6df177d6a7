"""Entry point that PyInstaller freezes (see build.spec): the `ipm-viewer` command."""

import sys

from ipm_viewer.cli import main

sys.exit(main())
