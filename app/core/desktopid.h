// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

namespace at {

// The reverse-DNS application id: the installed .desktop file is "<id>.desktop", and the metainfo and icon
// carry the same name (cmake/Install.cmake, checked by tests/desktop/tst_install.cpp). Pass it to
// QGuiApplication::setDesktopFileName() so that desktops match the app's windows to its launcher.
inline constexpr char desktopFileId[] = "org.alliancetimeline.AllianceTimeline";

} // namespace at
