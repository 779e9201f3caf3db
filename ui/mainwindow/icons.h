// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QIcon>
#include <QStyle>

namespace at {

// A freedesktop theme icon; themes that ship only symbolic variants (Adwaita) are tried next, then the
// style's own pixmap, so that every action has an icon on a bare desktop too.
QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback = QStyle::SP_CustomBase);

} // namespace at
