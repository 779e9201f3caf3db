# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
# A Debian package of everything `cmake --install` puts in place:
#   cpack -G DEB --config build/dev/CPackConfig.cmake     (or: cmake --build build/dev --target package)
#   sudo apt-get install ./alliance-timeline_<version>_amd64.deb
# dpkg-shlibdeps finds the libraries the binary links; it cannot see what Qt loads at run time (plugins), the
# translations, or the font, so those are listed by hand.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME alliance-timeline)
set(CPACK_PACKAGE_VENDOR "Alliance Timeline")
set(CPACK_PACKAGE_CONTACT "Alliance Timeline maintainers <maintainers@users.noreply.h-seed-f5bf8a26.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "A desktop application for analysts who study how platform alliances moved Chinese internet markets in
2010-2013. It ties events, market figures and what people were quoted as saying into one timeline, every
item citing its article and paragraph. In English and Simplified Chinese.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
# The libraries the binary links: dpkg-shlibdeps (dpkg-dev) names them with their minimum versions. Where it
# is missing they are named here without versions, so that the list is complete either way.
find_program(AT_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(AT_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(AT_DEB_RUNTIME_DEPENDS)
else()
  set(AT_DEB_RUNTIME_DEPENDS
      libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6charts6 libqt6printsupport6 libqt6concurrent6 libqcustomplot2.1-qt6 libsimdjson14 libpng16-16 libcgraph6)
endif()
# Loaded at run time, so no tool can see them: the SQLite and PostgreSQL drivers (workspaces on disk and on a team's server), the SVG icon engine and image
# plugin (Debian 12 ships them in libqt6svg6 itself; there is no qt6-svg-plugins), Graphviz's sfdp layout
# for the alliance network (a plugin libgvc loads, shipped in libgvc6), the X11 platform plugin,
# Qt's own translations (qtbase_zh_CN.qm), and a font with Chinese glyphs. (libqt6svg6 and libgvc6 are named
# here for their plugins even though the binary links them too: dpkg-shlibdeps may then list them a second
# time, with a version.)
list(APPEND AT_DEB_RUNTIME_DEPENDS
     libqt6svg6 libqt6sql6-sqlite libqt6sql6-psql libgvc6 qt6-qpa-plugins qt6-translations-l10n fonts-wqy-microhei)
list(JOIN AT_DEB_RUNTIME_DEPENDS ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
# The native Wayland plugin; without it Qt falls back to XWayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/\\\\.cache/")
include(CPack)
