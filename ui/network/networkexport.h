// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "ui/export/exportsource.h"

#include <QCoreApplication>
#include <QRect>

namespace at {

class NetworkView;

// The network as of a moment (the request's cursor, else the view's time cursor), drawn fresh at the
// export's size: a title with the date, the network fitted to the picture, the legend, and the sources of
// the lines drawn; as a table, the lines in force then. The filter applies as on screen. The view must
// outlive the source and have its layout (NetworkView::waitForLayout()).
class NetworkExport final : public ExportSource {
    Q_DECLARE_TR_FUNCTIONS(at::NetworkExport)
public:
    explicit NetworkExport(NetworkView *view) : m_view(view) {}
    QString defaultTitle(const QLocale &locale) const override;
    void render(QPainter &painter, const QSize &size, const ExportRequest &request) const override;
    DataTable table(const ExportRequest &request) const override;

    // Where render() puts its parts.
    struct Layout {
        QString title;
        QRect titleBox;
        QRect network;
        QRect legendBox;
        QString note;
        QRect noteBox;
    };
    Layout layout(const QSize &size, const ExportRequest &request) const;

private:
    double momentOf(const ExportRequest &request) const;

    NetworkView *m_view;
};

} // namespace at
