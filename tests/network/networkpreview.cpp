// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// A small program to look at the network view outside the main window, in either language and palette, on
// the embedded dataset or a synthetic one:
//   networkpreview [--zh] [--dark] [--size 1000x330] [--at 2011-06-14] [--metric usersAsStated] [--legend]
//                  [--synthetic COMPANIES:EVENTS] [--select-entity ID] [--select-event ID] [--out shot.png]
// Without --out it stays open (for a look under Xvfb); with --out it saves a grab of the window and exits.
#include "app/core/document.h"
#include "app/core/fuzzydate.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/language.h"
#include "app/core/theme.h"
#include "app/core/viewstate.h"
#include "tests/support/synthetic.h"
#include "ui/network/networkcanvas.h"
#include "ui/network/networkview.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QStyleFactory>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QCommandLineParser parser;
    parser.addOptions({{u"zh"_s, u"Chinese"_s},
                       {u"dark"_s, u"dark palette"_s},
                       {u"size"_s, u"window size"_s, u"WxH"_s, u"1000x330"_s},
                       {u"at"_s, u"time cursor"_s, u"date"_s},
                       {u"metric"_s, u"size the discs by this metric"_s, u"name"_s},
                       {u"legend"_s, u"show the legend"_s},
                       {u"synthetic"_s, u"a synthetic dataset"_s, u"companies:events"_s},
                       {u"select-entity"_s, u"select a company"_s, u"id"_s},
                       {u"select-event"_s, u"select an event"_s, u"id"_s},
                       {u"out"_s, u"save a grab and exit"_s, u"png"_s}});
    parser.process(app);
    at::applyTheme(app, parser.isSet(u"dark"_s) ? at::Theme::Dark : at::Theme::Light);
    const QLocale locale = parser.isSet(u"zh"_s) ? QLocale(QLocale::Chinese, QLocale::China)
                                                 : QLocale(QLocale::English, QLocale::UnitedKingdom);
    at::applyLanguage(app, locale);

    at::Document document;
    if (parser.isSet(u"synthetic"_s)) {
        const QStringList parts = parser.value(u"synthetic"_s).split(u':');
        at::SyntheticSpec spec;
        spec.lanes = parts.value(0).toInt();
        spec.events = parts.value(1).toInt();
        document.setDataset(at::makeSyntheticDataset(spec), u"synthetic"_s);
    } else {
        const auto loaded = at::readEmbeddedDataset();
        if (!loaded)
            return 1;
        document.setDataset(*loaded, u"embedded"_s);
    }
    const at::Dataset &d = document.dataset();
    at::ViewState state;
    const auto at = at::FuzzyDate::parse(parser.value(u"at"_s));
    state.setCurrentTime(at ? at->first : 2456476); // 2 July 2013 by default, as the app opens

    at::NetworkView view(&document, &state);
    view.setLocale(locale);
    const QStringList size = parser.value(u"size"_s).split(u'x');
    view.resize(size.value(0).toInt(), size.value(1).toInt());
    view.setWindowTitle(u"networkpreview"_s);
    if (const auto metric = at::parse<at::Metric>(parser.value(u"metric"_s)))
        view.setSizeMetric(*metric);
    view.legendButton()->setChecked(parser.isSet(u"legend"_s));
    if (parser.isSet(u"select-entity"_s))
        state.select(at::Selection::entity(d.entityIndex(parser.value(u"select-entity"_s))));
    if (parser.isSet(u"select-event"_s))
        state.select(at::Selection::event(d.eventIndex(parser.value(u"select-event"_s))));
    view.show();
    if (parser.isSet(u"out"_s)) {
        view.waitForLayout();
        QTimer::singleShot(300, &view, [&] {
            view.grab().save(parser.value(u"out"_s));
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
