// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The annotation model follows the store through every kind of change, and the proxy filters it.

#include "app/core/annotations/annotationedits.h"
#include "app/core/annotations/annotationfilterproxy.h"
#include "app/core/annotations/annotationmodel.h"
#include "app/core/annotations/annotationstore.h"
#include "app/core/document.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/roles.h"
#include "tests/annotations/annotationtesthelpers.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace at;
using namespace at::testing;

class TestAnnotationModel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Document m_document;
    const QLocale m_en{QLocale::English, QLocale::UnitedKingdom};

    QStringList ids(const QAbstractItemModel &m) const
    {
        QStringList list;
        for (int r = 0; r < m.rowCount(); ++r)
            list << m.index(r, 0).data(IdRole).toString();
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const LoadResult r = readEmbeddedDataset();
        QVERIFY(r.hasValue());
        m_document.setDataset(*r, u"embedded"_s);
    }

    void followsTheStore()
    {
        AnnotationStore store;
        QVERIFY(store.create(m_dir.filePath(u"model.atws"_s)));
        QUndoStack stack;
        AnnotationEdits edits(&store, &stack);
        AnnotationModel model(&store, &m_document);
        model.setLocale(m_en);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AnnotationFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        Annotation a = sample(u"sina-msn-alliance"_s, u"<img src=x>\nsecond line"_s, 1);
        Annotation b = sample(u"no-such-event"_s, u"orphan"_s, 0); // created earlier: row 0
        QVERIFY(store.write({AnnotationWrite::put(a, AnnotationWrite::Expect::Absent)}));
        QVERIFY(store.write({AnnotationWrite::put(b, AnnotationWrite::Expect::Absent)}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(ids(model), (QStringList{b.id, a.id}));
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(1, AnnotationModel::TargetColumn).toString(),
                 u"Sina and MSN China form a strategic partnership"_s);
        QCOMPARE(cell(1, AnnotationModel::DateColumn).toString(), u"11 Nov 2010"_s);
        QCOMPARE(cell(1, AnnotationModel::TextColumn).toString(), u"<img src=x> second line"_s);
        QCOMPARE(cell(1, AnnotationModel::TextColumn, Qt::ToolTipRole).toString(),
                 u"<p style=\"white-space:pre-wrap\">&lt;img src=x&gt;\nsecond line</p>"_s);
        QCOMPARE(cell(1, AnnotationModel::TagsColumn).toString(), u"alliance, tag1"_s);
        QCOMPARE(cell(1, AnnotationModel::ImportanceColumn).toString(), u"High"_s);
        QCOMPARE(cell(1, AnnotationModel::ImportanceColumn, RawRole).toInt(), int(Importance::High));
        QCOMPARE(cell(1, AnnotationModel::DateColumn, RawRole).toDouble(),
                 double(QDate(2010, 11, 11).toJulianDay()));
        QCOMPARE(cell(0, AnnotationModel::TargetColumn).toString(), u"(not in this dataset) no-such-event"_s);
        QCOMPARE(cell(0, 0, AnnotationModel::TextRole).toString(), u"orphan"_s);

        // Edits, undo, delete, reset: the testers check every signal.
        QVERIFY(edits.setText(a.id, u"changed"_s));
        QCOMPARE(cell(1, AnnotationModel::TextColumn).toString(), u"changed"_s);
        stack.undo();
        QVERIFY(edits.remove(b.id));
        QCOMPARE(ids(model), QStringList{a.id});
        stack.undo();
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(store.refresh());
        QList<Annotation> many;
        for (int i = 0; i < 100; ++i)
            many << sample(u"sina-china-unicom"_s, u"bulk %1"_s.arg(i), i);
        QVERIFY(edits.importAnnotations(many)); // over 64 changes: a reset
        QCOMPARE(model.rowCount(), 102);
        stack.undo();
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(store.create(m_dir.filePath(u"model2.atws"_s)));
        QCOMPARE(model.rowCount(), 0);
    }

    void proxyFilters()
    {
        AnnotationStore store;
        QVERIFY(store.create(m_dir.filePath(u"proxy.atws"_s)));
        Annotation a = sample(u"sina-msn-alliance"_s, u"MSN users move to Weibo"_s, 1);
        a.tags = {u"Migration"_s};
        a.author = u"li"_s;
        Annotation b = sample(u"sina-china-unicom"_s, u"telecom deal"_s, 2);
        b.tags = {u"telecom"_s, u"migration-x"_s};
        b.importance = Importance::Low;
        Annotation c = sample(u"sina-china-unicom"_s, u"another"_s, 3);
        c.tags = {};
        c.author = u"wang"_s;
        QVERIFY(store.write({AnnotationWrite::put(a, AnnotationWrite::Expect::Absent),
                             AnnotationWrite::put(b, AnnotationWrite::Expect::Absent),
                             AnnotationWrite::put(c, AnnotationWrite::Expect::Absent)}));
        AnnotationModel model(&store, &m_document);
        AnnotationFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setTag(u"migration"_s); // exact, case-insensitive: not "migration-x"
        QCOMPARE(ids(proxy), QStringList{a.id});
        proxy.setTag(QString());
        proxy.setAuthor(u"wang"_s);
        QCOMPARE(ids(proxy), QStringList{c.id});
        proxy.setAuthor(QString());
        proxy.setImportance(Importance::Low);
        QCOMPARE(ids(proxy), QStringList{b.id});
        proxy.setImportance(std::nullopt);
        proxy.setText(u"weibo MSN"_s); // every word, anywhere
        QCOMPARE(ids(proxy), QStringList{a.id});
        proxy.setText(u"unicom"_s); // matches the event's title
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setText(QString());
        proxy.setTarget(AnnotationTarget::event(u"sina-china-unicom"_s));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setTarget(AnnotationTarget{});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void targetsByIdSurviveAReload()
    {
        const Dataset &d = m_document.dataset();
        const AnnotationTarget event = AnnotationTarget::event(u"sina-china-unicom"_s);
        const Selection s = selectionOf(d, event);
        QCOMPARE(s, Selection::event(d.eventIndex(u"sina-china-unicom")));
        QCOMPARE(targetOf(d, s), std::optional<AnnotationTarget>(event));
        const AnnotationTarget point = AnnotationTarget::point(u"qq-active-accounts"_s, u"2010-Q3"_s);
        const Selection ps = selectionOf(d, point);
        QCOMPARE(ps.type, Selection::Type::Point);
        QCOMPARE(targetOf(d, ps), std::optional<AnnotationTarget>(point));
        QVERIFY(selectionOf(d, AnnotationTarget::event(u"nope"_s)).isNone());
        QVERIFY(!targetOf(d, Selection::entity(0)));
    }
};

QTEST_GUILESS_MAIN(TestAnnotationModel)
#include "tst_annotationmodel.moc"
