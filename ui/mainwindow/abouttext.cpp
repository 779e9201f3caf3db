// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/mainwindow/abouttext.h"

#include "app/core/displaytext.h"

#include <QApplication>
#include <QStringList>

// QCustomPlot's header uses Qt's lower-case keywords, which this project turns off (QT_NO_KEYWORDS).
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach

namespace at {

QString AboutText::qcustomplotVersion()
{
    return QStringLiteral(QCUSTOMPLOT_VERSION_STR);
}

QString AboutText::text(const Dataset &d, const QLocale &locale)
{
    QStringList sources;
    for (const Source &s : d.sources) {
        QStringList parts{localName(s.publisher, locale), localName(s.author, locale),
                          s.published.toDisplayString(locale)};
        parts.removeAll(QString());
        sources << QStringLiteral("• ") + displayText(s.title, locale) + QStringLiteral(" — ") +
                       parts.join(QStringLiteral("; "));
    }
    return tr("Alliance Timeline %1").arg(QApplication::applicationVersion()) + u'\n' +
           tr("How platform alliances moved Chinese internet markets, 2010–2013: events, user counts, market "
              "shares and what people said, each with its source.") +
           QStringLiteral("\n\n") + tr("Data sources (%1 articles):").arg(d.sources.size()) + u'\n' +
           sources.join(u'\n') + QStringLiteral("\n\n") +
           tr("Built with Qt %1 (running on Qt %2) and QCustomPlot %3.")
               .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()), qcustomplotVersion());
}

} // namespace at
