// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// A small program that shows the timeline on its own, for looking at it under Xvfb while the main window
// is elsewhere: timeline_demo [--zh] [--synthetic N] [--select ID] [--current YYYY-MM-DD]
//                             [--range FROM TO] [--collapse SECTOR] [--grab FILE] [--all-lanes FILE]
#include "app/core/document.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/viewstate.h"
#include "tests/support/synthetic.h"
#include "ui/timeline/timelineview.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTimer>
#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto value = [&](const char *name, int offset = 1) {
        const qsizetype i = args.indexOf(QLatin1StringView(name));
        return i >= 0 && i + offset < args.size() ? args[i + offset] : QString();
    };
    at::Document document;
    if (const QString n = value("--synthetic"); !n.isEmpty()) {
        at::SyntheticSpec spec;
        spec.events = n.toInt();
        document.setDataset(at::makeSyntheticDataset(spec), QStringLiteral("synthetic"));
    } else {
        const at::LoadResult r = at::readEmbeddedDataset();
        if (!r.hasValue()) {
            for (const QString &e : at::toStrings(at::errorsOf(r)))
                std::fprintf(stderr, "%s\n", qPrintable(e));
            return 1;
        }
        document.setDataset(*r, QStringLiteral("embedded"));
    }
    at::ViewState state;
    if (const QString d = value("--current"); !d.isEmpty())
        state.setCurrentTime(double(QDate::fromString(d, Qt::ISODate).toJulianDay()));
    at::TimelineView view(&document, &state);
    view.setWindowTitle(QStringLiteral("timeline demo"));
    if (args.contains(QStringLiteral("--zh")))
        view.setLocale(QLocale(QLocale::Chinese, QLocale::China));
    else
        view.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    view.resize(1600, 1000);
    view.show();
    if (const QString s = value("--collapse"); !s.isEmpty()) {
        if (const auto sector = at::parse<at::Sector>(s))
            view.setGroupCollapsed(*sector, true);
    }
    if (const QString from = value("--range"); !from.isEmpty()) {
        view.setVisibleRange(double(QDate::fromString(from, Qt::ISODate).toJulianDay()),
                             double(QDate::fromString(value("--range", 2), Qt::ISODate).toJulianDay()));
    }
    if (const QString id = value("--select"); !id.isEmpty())
        state.select(at::Selection::event(document.dataset().eventIndex(id)));
    QObject::connect(&view, &at::TimelineView::eventActivated, &view, [&](int i) {
        std::printf("activated %s\n",
                    qPrintable(document.dataset().string(document.dataset().events[size_t(i)].id)));
        std::fflush(stdout);
    });
    if (const QString file = value("--all-lanes"); !file.isEmpty()) {
        QImage image(3840, 2160, QImage::Format_RGB32);
        QPainter p(&image);
        view.renderAllLanes(p, image.rect());
        p.end();
        return image.save(file) ? 0 : 1;
    }
    if (const QString file = value("--grab"); !file.isEmpty()) {
        QTimer::singleShot(200, &view, [&] {
            view.grab().save(file);
            app.quit();
        });
    }
    return app.exec();
}
