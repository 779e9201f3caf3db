// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QLocale>
#include <QObject>
#include <functional>
#include <memory>

class QWidget;

namespace at {

class ExportJob;
class ExportSource;

// File > Export and the views' Export… entries: asks for size, title and file (ExportDialog), then draws
// and writes in an ExportJob (progress and Cancel; the window stays responsive), or copies the picture to
// the clipboard. Errors are shown in plain text and leave no file.
class ExportController : public QObject {
    Q_OBJECT
public:
    // What a view offers for export: made on demand, because the docks build their views when first shown.
    struct Target {
        const ExportSource *source = nullptr;
        QWidget *widget = nullptr; // for its size and palette
        bool hasTimeRange = false;
        double from = 0; // the range it shows now
        double to = 0;
    };
    using TargetFactory = std::function<Target()>;

    explicit ExportController(QWidget *dialogParent);
    ~ExportController() override;
    void setLocale(const QLocale &locale) { m_locale = locale; }

    void addView(const QString &name, const QString &title, TargetFactory factory);
    QStringList viewNames() const;
    QString viewTitle(const QString &name) const;

public Q_SLOTS:
    // Asks, then exports `name` ("timeline", "users", "im-share", "microblog-share").
    void exportView(const QString &name);

Q_SIGNALS:
    // "Exported timeline.png", or why not; for the status bar.
    void message(const QString &text);

private:
    struct View {
        QString name;
        QString title;
        TargetFactory factory;
    };
    QWidget *m_parent;
    QLocale m_locale;
    QList<View> m_views;
    std::unique_ptr<ExportJob> m_job;
};

} // namespace at
