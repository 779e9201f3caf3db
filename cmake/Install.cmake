# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
# Install rules for the desktop integration: launcher, icons, AppStream metainfo, MIME types. The binary's
# own install(TARGETS) is in the top-level CMakeLists.txt. Try it with
#   cmake --install build/dev --prefix /tmp/at-prefix
include(GNUInstallDirs)

# The reverse-DNS application id: the name of the .desktop file, the metainfo file and the icon. The running
# app must say the same (QGuiApplication::setDesktopFileName) for desktops to match its windows to the launcher.
set(AT_APP_ID org.alliancetimeline.AllianceTimeline)

add_subdirectory(${PROJECT_SOURCE_DIR}/resources/desktop ${PROJECT_BINARY_DIR}/resources/desktop)
