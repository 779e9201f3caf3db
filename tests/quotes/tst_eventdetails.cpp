// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The event details panel: every field of the selected event, in both languages, as plain text.
#include "app/core/document.h"
#include "app/core/eventdetails.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/viewstate.h"
#include "ui/details/eventdetailspanel.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class TestEventDetails : public QObject {
    Q_OBJECT
    at::Document m_document;
    at::ViewState m_state;
    const QLocale m_en{QLocale::English, QLocale::UnitedKingdom};
    const QLocale m_zh{QLocale::Chinese, QLocale::China};

    int event(const QString &id) const { return m_document.dataset().eventIndex(id); }

private Q_SLOTS:
    void initTestCase()
    {
        const auto r = at::readEmbeddedDataset();
        QVERIFY(r.hasValue());
        m_document.setDataset(*r, u"embedded"_s);
    }

    void describe()
    {
        const auto &d = m_document.dataset();
        at::EventDetails e = at::EventDescription::describe(d, event(u"weibo-china-telecom"_s), m_en);
        QCOMPARE(e.title, u"Sina Weibo and China Telecom announce closer cooperation"_s);
        QCOMPARE(e.date, u"3 Jun 2011"_s);
        QCOMPARE(e.precision, u"to the day"_s);
        QCOMPARE(e.dateNote, QString());
        QCOMPARE(e.kind, u"alliance"_s);
        QCOMPARE(e.status, u"announced"_s);
        QCOMPARE(e.parties, u"Sina Weibo, China Telecom"_s);
        QCOMPARE(e.source, u"[Sina Weibo's deals with China Telecom and China Unicom], ¶3"_s);
        QCOMPARE(
            e.sourceDetails,
            u"Not printed · Not named (bio: author of Red Wired: China's Internet Revolution) · Jun 2011"_s);
        QCOMPARE(e.quotes, QString());

        e = at::EventDescription::describe(d, event(u"qq-360-ultimatum"_s), m_en);
        QCOMPARE(e.date, u"week of 1 Nov 2010"_s);
        QCOMPARE(e.precision, u"to the week"_s);
        QVERIFY(e.dateNote.startsWith(u"The article says 'last week'"_s));
        QCOMPARE(e.quotes, u"1 quote"_s);
        QCOMPARE(at::EventDescription::describe(d, event(u"sina-msn-alliance"_s), m_en).quotes,
                 u"5 quotes"_s);

        e = at::EventDescription::describe(d, event(u"weibo-china-telecom"_s), m_zh);
        QCOMPARE(e.date, u"2011年6月3日"_s);
        QCOMPARE(e.parties, u"新浪微博、中国电信"_s);
        QCOMPARE(at::EventDescription::describe(d, -1, m_en).title, QString());
    }

    void panelFollowsTheSelection()
    {
        at::EventDetailsPanel panel(&m_document, &m_state);
        panel.setLocale(m_en);
        panel.resize(400, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *stack = panel.findChild<QStackedWidget *>();
        QCOMPARE(stack->currentWidget()->objectName(), u"detailsPlaceholder"_s);

        m_state.select(at::Selection::event(event(u"baidu-sohu-weibo-investment"_s)));
        QCOMPARE(panel.eventIndex(), event(u"baidu-sohu-weibo-investment"_s));
        QCOMPARE(panel.fieldText(u"title"_s), u"Baidu said to have discussed investing in Sohu Microblog"_s);
        QCOMPARE(panel.fieldText(u"date"_s), u"Q2 2011"_s);
        QCOMPARE(panel.fieldText(u"precision"_s), u"to the quarter"_s);
        QCOMPARE(panel.fieldText(u"status"_s), u"rumoured"_s);
        QCOMPARE(panel.fieldText(u"parties"_s), u"Baidu, Sohu, Sohu Microblog"_s);
        QVERIFY(panel.findChild<QLabel *>(u"dateNote"_s)->isVisible());
        QVERIFY(!panel.findChild<QLabel *>(u"quotes"_s)->isVisible()); // no quotes: the row is hidden
        for (const QLabel *label : panel.findChildren<QLabel *>()) {
            if (!label->buddy()) // captions are ours; every value is data, shown as plain text
                QCOMPARE(label->textFormat(), Qt::PlainText);
        }

        panel.setLocale(m_zh);
        QCOMPARE(panel.fieldText(u"parties"_s), u"百度、搜狐、搜狐微博"_s);
        QCOMPARE(panel.fieldText(u"date"_s), u"2011年第2季度"_s);

        m_state.select(at::Selection::entity(0));
        QCOMPARE(panel.eventIndex(), -1);
        QCOMPARE(stack->currentWidget()->objectName(), u"detailsPlaceholder"_s);
    }

    void annotationEditorSlot()
    {
        at::EventDetailsPanel panel(&m_document, &m_state);
        auto *editor = new QLabel(u"editor"_s);
        panel.setAnnotationEditor(editor);
        QCOMPARE(panel.annotationEditor(), editor);
        QVERIFY(panel.isAncestorOf(editor));
        panel.setAnnotationEditor(nullptr); // the old one is deleted with the slot
        QCOMPARE(panel.annotationEditor(), nullptr);
    }
};

QTEST_MAIN(TestEventDetails)
#include "tst_eventdetails.moc"
