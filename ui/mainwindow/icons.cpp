// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/mainwindow/icons.h"

#include <QApplication>

namespace at {

QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    const QString symbolic = name + QStringLiteral("-symbolic");
    if (QIcon::hasThemeIcon(symbolic))
        return QIcon::fromTheme(symbolic);
    if (fallback != QStyle::SP_CustomBase)
        return QApplication::style()->standardIcon(fallback);
    return {};
}

} // namespace at
