// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// A small program to look at the charts outside the main window, in any language, palette and size:
//   chartpreview [--zh] [--dark] [--log] [--size 1280x800] [--time 2011-06-14] [--select-point SERIES-ID:N]
//                [--select-event EVENT-ID] [--out shot.png] [--export-user user.png] [--export-market im.png]
// Without --out it stays open (for a look under Xvfb); with --out it saves a grab of the window and exits.
#include "app/core/document.h"
#include "app/core/fuzzydate.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/viewstate.h"
#include "ui/charts/marketsharechart.h"
#include "ui/charts/usercountchart.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGridLayout>
#include <QStyleFactory>
#include <QTimer>

using namespace Qt::StringLiterals;

static QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x70, 0x70));
    return p;
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QCommandLineParser parser;
    parser.addOptions({{u"zh"_s, u"Chinese"_s},
                       {u"dark"_s, u"dark palette"_s},
                       {u"log"_s, u"logarithmic value axis"_s},
                       {u"size"_s, u"window size"_s, u"WxH"_s, u"1280x800"_s},
                       {u"time"_s, u"current time"_s, u"date"_s, u"2011-06-14"_s},
                       {u"select-point"_s, u"select a point"_s, u"series:n"_s},
                       {u"select-event"_s, u"select an event"_s, u"id"_s},
                       {u"out"_s, u"save a grab and exit"_s, u"png"_s},
                       {u"export-user"_s, u"export the user chart at 3840x2160"_s, u"png"_s},
                       {u"export-market"_s, u"export the IM chart at 1920x1080"_s, u"png"_s}});
    parser.process(app);
    if (parser.isSet(u"dark"_s))
        QApplication::setPalette(darkPalette());
    const QLocale locale = parser.isSet(u"zh"_s) ? QLocale(QLocale::Chinese, QLocale::China)
                                                 : QLocale(QLocale::English, QLocale::UnitedKingdom);

    at::Document document;
    const auto loaded = at::readEmbeddedDataset();
    if (!loaded.hasValue())
        return 1;
    document.setDataset(*loaded, u"embedded"_s);
    at::ViewState state;
    const auto time = at::FuzzyDate::parse(parser.value(u"time"_s));
    state.setCurrentTime(time ? time->middle() : 0);

    QWidget window;
    auto *grid = new QGridLayout(&window);
    auto *users = new at::UserCountChart(&document, &state, &window);
    auto *im = new at::MarketShareChart(&document, &state, at::Sector::InstantMessaging, &window);
    auto *microblog = new at::MarketShareChart(&document, &state, at::Sector::Microblog, &window);
    users->setLocale(locale);
    im->setLocale(locale);
    microblog->setLocale(locale);
    users->setLogScale(parser.isSet(u"log"_s));
    grid->addWidget(users, 0, 0, 1, 2);
    grid->addWidget(im, 1, 0);
    grid->addWidget(microblog, 1, 1);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    const QStringList size = parser.value(u"size"_s).split(u'x');
    window.resize(size.value(0).toInt(), size.value(1).toInt());
    window.setWindowTitle(u"chartpreview"_s);

    const at::Dataset &d = document.dataset();
    if (parser.isSet(u"select-point"_s)) {
        const QStringList parts = parser.value(u"select-point"_s).split(u':');
        state.select(at::Selection::dataPoint(d.seriesIndex(parts.value(0)), parts.value(1).toInt()));
    }
    if (parser.isSet(u"select-event"_s))
        state.select(at::Selection::event(d.eventIndex(parser.value(u"select-event"_s))));
    window.show();

    if (parser.isSet(u"export-user"_s))
        users->toImage(QSize(1920, 1080), 2.0).save(parser.value(u"export-user"_s));
    if (parser.isSet(u"export-market"_s))
        im->toImage(QSize(1280, 720), 1.0).save(parser.value(u"export-market"_s));
    if (parser.isSet(u"out"_s)) {
        QTimer::singleShot(300, &window, [&] {
            window.grab().save(parser.value(u"out"_s));
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
