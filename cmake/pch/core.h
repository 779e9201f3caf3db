// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Headers nearly every file of the model layer reads, parsed once per build instead of once per file.
// Only Qt Core and Gui: a file of the model layer that includes a widget header still fails to compile.
#pragma once

#include <QAbstractItemModel>
#include <QByteArray>
#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QObject>
#include <QPainter>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <memory>
#include <optional>
#include <vector>
