// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The filter bar builds the EventFilter from its controls, and shows a filter it is given.
#include "app/core/document.h"
#include "app/core/import/json/jsonreader.h"
#include "ui/filterbar/filterbar.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestFilterBar : public QObject {
    Q_OBJECT
    at::Document m_document;
    const QLocale m_en{QLocale::English, QLocale::UnitedKingdom};

    static QAction *choice(QToolButton *button, const QString &text)
    {
        for (QAction *a : button->menu()->actions()) {
            if (a->isCheckable() && a->text() == text)
                return a;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto r = at::readEmbeddedDataset();
        QVERIFY(r.hasValue());
        m_document.setDataset(*r, u"embedded"_s);
    }

    void controlsBuildTheFilter()
    {
        at::FilterBar bar(&m_document);
        bar.setLocale(m_en);
        QSignalSpy spy(&bar, &at::FilterBar::filterChanged);
        auto *kinds = bar.findChild<QToolButton *>(u"kindFilter"_s);
        QCOMPARE(kinds->text(), u"All Kinds"_s);
        choice(kinds, u"alliance"_s)->trigger();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(bar.filter().kinds, QList<at::Kind>{at::Kind::Alliance});
        QCOMPARE(kinds->text(), u"Kind: alliance"_s);
        choice(kinds, u"plan"_s)->trigger();
        QCOMPARE(kinds->text(), u"2 Kinds"_s);

        auto *entities = bar.findChild<QToolButton *>(u"entityFilter"_s);
        choice(entities, u"China Unicom"_s)->trigger();
        QCOMPARE(bar.filter().entities, QList<int>{m_document.dataset().entityIndex(u"china-unicom")});

        auto *from = bar.findChild<QDateEdit *>(u"fromDate"_s);
        QCOMPARE(from->text(), u"Any"_s);
        from->setDate(QDate(2011, 6, 1));
        QCOMPARE(bar.filter().from, double(QDate(2011, 6, 1).toJulianDay()));
        QCOMPARE(bar.filter().to, 0.0);

        // Typed text applies after a short pause, or at once on Enter.
        auto *text = bar.findChild<QLineEdit *>(u"filterText"_s);
        const int before = int(spy.count());
        QTest::keyClicks(text, u"Weibo"_s);
        QCOMPARE(spy.count(), before);
        QTRY_COMPARE(bar.filter().text, u"Weibo"_s);
        QCOMPARE(spy.count(), before + 1);

        bar.clear();
        QVERIFY(bar.filter().isEmpty());
        QCOMPARE(kinds->text(), u"All Kinds"_s);
        QCOMPARE(from->text(), u"Any"_s);
        QCOMPARE(text->text(), QString());
    }

    void showsAFilterItIsGiven()
    {
        at::FilterBar bar(&m_document);
        bar.setLocale(m_en);
        QSignalSpy spy(&bar, &at::FilterBar::filterChanged);
        at::EventFilter f;
        f.sectors = {at::Sector::Microblog, at::Sector::Telecom};
        f.statuses = {at::Status::Rumoured};
        f.to = double(QDate(2012, 12, 31).toJulianDay());
        f.text = u"新浪"_s;
        bar.setFilter(f);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(bar.filter(), f);
        QCOMPARE(bar.findChild<QToolButton *>(u"sectorFilter"_s)->text(), u"2 Sectors"_s);
        QCOMPARE(bar.findChild<QToolButton *>(u"statusFilter"_s)->text(), u"Status: rumoured"_s);
        QCOMPARE(bar.findChild<QDateEdit *>(u"toDate"_s)->date(), QDate(2012, 12, 31));
        bar.setFilter(f); // the same filter again: nothing to say
        QCOMPARE(spy.count(), 1);
    }

    void entitiesFollowTheLanguage()
    {
        at::FilterBar bar(&m_document);
        bar.setLocale(QLocale(QLocale::Chinese, QLocale::China));
        auto *entities = bar.findChild<QToolButton *>(u"entityFilter"_s);
        QAction *unicom = choice(entities, u"中国联通"_s);
        QVERIFY(unicom);
        unicom->trigger();
        QCOMPARE(entities->text(), u"Entity: 中国联通"_s);
    }
};

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
