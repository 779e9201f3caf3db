// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/fuzzydate.h"
#include "ui/export/commandline.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCommandLine : public QObject {
    Q_OBJECT
    static QStringList args(const QString &line)
    {
        return QStringList{u"alliance-timeline"_s} + line.split(u' ', Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void severalExportsInOneCall()
    {
        QString error;
        const auto cl = at::parseCommandLine(
            args(
                u"--export timeline --out t.png --export users --out u.svg --size 3840x2160 --from 2010 --to 2011-06 --lang zh_CN --theme dark"_s),
            &error);
        QVERIFY2(cl, qPrintable(error));
        QCOMPARE(cl->exports.size(), 2);
        QCOMPARE(cl->exports[1].view, u"users"_s);
        QCOMPARE(cl->exports[1].out, u"u.svg"_s);
        QCOMPARE(cl->size, QSize(3840, 2160));
        QCOMPARE(cl->from, double(QDate(2010, 1, 1).toJulianDay()));
        QCOMPARE(cl->to, double(QDate(2011, 7, 1).toJulianDay())); // the end of June, exclusive
        QCOMPARE(cl->language, u"zh_CN"_s);
        QCOMPARE(cl->theme, u"dark"_s);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad view")
            << u"--export pie --out a.png"_s
            << u"unknown view \"pie\"; use one of timeline, users, im-share, microblog-share"_s;
        QTest::newRow("missing out") << u"--export timeline"_s
                                     << u"each --export needs one --out (got 1 --export and 0 --out)"_s;
        QTest::newRow("bad extension") << u"--export timeline --out a.jpg"_s
                                       << u"\"a.jpg\": the file name must end in .png, .svg or .pdf"_s;
        QTest::newRow("bad size") << u"--export timeline --out a.png --size 12x"_s
                                  << u"--size \"12x\" is not WIDTHxHEIGHT, e.g. 1920x1080"_s;
        QTest::newRow("huge size") << u"--export timeline --out a.png --size 99999x10"_s
                                   << u"--size 99999x10 is out of range: each side from 16 to 16384 pixels"_s;
        QTest::newRow("bad date") << u"--export timeline --out a.png --from 2011-13"_s
                                  << u"--from \"2011-13\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"_s;
        QTest::newRow("reversed range") << u"--export timeline --out a.png --from 2012 --to 2011"_s
                                        << u"--to 2011 is not after --from 2012"_s;
        QTest::newRow("bad language")
            << u"--lang fr"_s << u"--lang \"fr\" is not supported; use en or zh_CN"_s;
        QTest::newRow("bad theme") << u"--theme pink"_s
                                   << u"--theme \"pink\" is not supported; use light or dark"_s;
        QTest::newRow("unknown option") << u"--colour red"_s << u"Unknown option 'colour'."_s;
    }
    void errors()
    {
        QFETCH(QString, line);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!at::parseCommandLine(args(line), &error));
        QCOMPARE(error, message);
    }

    void headlessDetection()
    {
        const char *withExport[] = {"app", "--export", "timeline", "--out", "x.png"};
        const char *plain[] = {"app", "workspace.atws"};
        QVERIFY(at::isHeadlessInvocation(5, const_cast<char **>(withExport)));
        QVERIFY(!at::isHeadlessInvocation(2, const_cast<char **>(plain)));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
