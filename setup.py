"""Build belcoop, compiling its parser to C with mypyc where a C compiler is at hand.

The metadata is in pyproject.toml; this file only adds the compiled modules. The parser is typed Python, and
mypyc turns those modules into C extensions (as black and mypy ship themselves): a cold parse runs about 1.6 to
2 times as fast. The .py files stay in the package, so nothing is lost where compiling is not possible:

- BELCOOP_COMPILE=0 in the environment builds a pure-Python package;
- an editable install (`pip install -e .`) is always pure Python, so that an edit takes effect at once;
- if mypyc or the compiler fails, the build warns and goes on pure Python.
"""

from __future__ import annotations

import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

# The modules every parse runs through. The command line, the store's queries and the renderers are left as
# Python: they run once a command, not once an article, and click and rich look into them at run time.
COMPILED = [
    "belcoop/parse/*.py",
    "belcoop/corpus.py",
    "belcoop/html.py",
    "belcoop/model.py",
    "belcoop/names.py",
    "belcoop/place.py",
    "belcoop/vocab.py",
    "belcoop/analysis/reprints.py",
]


class OptionalBuildExt(build_ext):
    """build_ext that falls back to the pure-Python package when a compiled module cannot be built."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:  # a compiler missing or failing: the .py files still work
            self._fall_back(error)

    def build_extensions(self) -> None:
        # mypyc writes one C file a module into one extension: compile those files side by side, one per core
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
        compile_files = self.compiler.compile

        def compile_side_by_side(sources, *args, **kwargs):  # type: ignore[no-untyped-def]
            if cores < 2 or len(sources) < 2:
                return compile_files(sources, *args, **kwargs)
            with ThreadPoolExecutor(cores) as pool:
                done = pool.map(lambda source: compile_files([source], *args, **kwargs), sources)
                return [obj for objects in done for obj in objects]

        self.compiler.compile = compile_side_by_side
        super().build_extensions()

    def _fall_back(self, error: BaseException) -> None:
        print(f"belcoop: building the compiled parser failed ({error}); installing it as pure Python", file=sys.stderr)
        for ext in self.extensions:
            path = self.get_ext_fullpath(ext.name)
            if os.path.exists(path):
                os.remove(path)
        self.extensions = []


def _ext_modules() -> list:  # type: ignore[type-arg]
    if os.environ.get("BELCOOP_COMPILE", "1") == "0" or not {"bdist_wheel", "build", "build_ext", "install"} & set(sys.argv):
        return []  # pure Python asked for, an editable install, or only the metadata being read
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("belcoop: mypyc is not installed; installing the parser as pure Python", file=sys.stderr)
        return []
    root = Path(__file__).parent
    files = sorted(str(p.relative_to(root)) for pattern in COMPILED for p in root.glob(pattern))
    try:
        return mypycify(files, opt_level=os.environ.get("BELCOOP_OPT_LEVEL", "3"), multi_file=True, group_name="belcoop")
    except BaseException as error:  # mypyc's own check failed: build the pure package rather than none
        print(f"belcoop: mypyc could not compile the parser ({error}); installing it as pure Python", file=sys.stderr)
        return []


setup(ext_modules=_ext_modules(), cmdclass={"build_ext": OptionalBuildExt})
