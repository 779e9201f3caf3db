// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/dataset.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace at {

class AboutText {
    Q_DECLARE_TR_FUNCTIONS(at::AboutText)
public:
    // The About box: version, the articles the data comes from, and the Qt and QCustomPlot versions.
    static QString text(const Dataset &d, const QLocale &locale);
    static QString qcustomplotVersion();
};

} // namespace at
