#!/usr/bin/env python3
"""Rewrites the <Compile> list of each portable .projitems from the .cs files in its folder.

The host csproj and the device nfproj both import the .projitems, so this list is what both
builds compile. Run it after adding or removing a portable source file:
    python3 tools/Build/sync-projitems.py
The host test PortableSourceListsTests fails when a list is out of date.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROJITEMS = [
    "hal/Contracts/Terminal.Hal.projitems",
    "firmware/Core/Terminal.Core.projitems",
    "firmware/Drivers/Terminal.Drivers.projitems",
    "firmware/App/Terminal.App.projitems",
]


def sources(folder):
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if d not in ("bin", "obj")]
        for name in files:
            if name.endswith(".cs"):
                found.append(os.path.relpath(os.path.join(root, name), folder).replace("/", "\\"))
    return sorted(found)


def main():
    changed = 0
    for relative in PROJITEMS:
        path = os.path.join(ROOT, relative)
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        lines = "".join(
            '    <Compile Include="$(MSBuildThisFileDirectory)%s" />\n' % source
            for source in sources(os.path.dirname(path)))
        updated = re.sub(r"  <ItemGroup>\n.*?  </ItemGroup>",
                         lambda _: "  <ItemGroup>\n" + lines + "  </ItemGroup>", text, flags=re.S)
        if updated != text:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(updated)
            changed += 1
            print("updated " + relative)
    return 0


if __name__ == "__main__":
    sys.exit(main())
