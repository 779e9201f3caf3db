// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/annotations/annotationfields.h"
#include "app/core/annotations/annotationio.h"
#include "app/core/annotations/annotationreading.h"
#include "app/core/datatable.h"
#include "app/core/import/textposition.h"

#include <QHash>

namespace at {

using annotationfields::Field;

namespace {

constexpr int maxErrors = 100;

// The writer neutralizes cells a spreadsheet would run as formulas (app/core/datatable.h); the reader
// takes the apostrophe off again.
QString unneutralize(const QString &cell)
{
    return cell.startsWith(u'\'') && looksLikeFormula(cell) ? cell.mid(1) : cell;
}

struct Cell {
    QString value;
    int line = 0;
    int column = 0;
};
struct Record {
    QList<Cell> cells;
    int line = 0;
};

// RFC 4180: fields separated by commas, records by CRLF or LF, quotes around fields that hold either, a
// quote inside a quoted field doubled. Every cell keeps the line and column where it starts.
QList<Record> parseCsv(const QString &text, const QString &fileName, QList<LoadError> *errors)
{
    QList<Record> records;
    Record record;
    Cell cell;
    int line = 1;
    int column = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool startOfCell = true;
    auto endCell = [&] {
        record.cells << cell;
        cell = Cell{};
        startOfCell = true;
    };
    auto endRecord = [&] {
        endCell();
        // A blank line is no record.
        if (!(record.cells.size() == 1 && record.cells[0].value.isEmpty()))
            records << record;
        record = Record{};
    };
    while (i < n) {
        if (startOfCell) {
            cell.line = line;
            cell.column = column;
            if (record.cells.isEmpty())
                record.line = line;
            startOfCell = false;
            if (text[i] == u'"') {
                ++i;
                ++column;
                bool closed = false;
                while (i < n) {
                    const QChar c = text[i];
                    if (c == u'"' && i + 1 < n && text[i + 1] == u'"') {
                        cell.value += u'"';
                        i += 2;
                        column += 2;
                    } else if (c == u'"') {
                        ++i;
                        ++column;
                        closed = true;
                        break;
                    } else {
                        cell.value += c;
                        ++i;
                        if (c == u'\n') {
                            ++line;
                            column = 1;
                        } else {
                            ++column;
                        }
                    }
                }
                if (!closed) {
                    errors->append(LoadError{fileName,
                                             {},
                                             AnnotationIoText::tr("a quoted field is not closed"),
                                             cell.line,
                                             cell.column});
                    return {};
                }
                if (i < n && text[i] != u',' && text[i] != u'\n' && text[i] != u'\r') {
                    errors->append(LoadError{fileName,
                                             {},
                                             AnnotationIoText::tr("text after the closing quote of a field"),
                                             line,
                                             column});
                    return {};
                }
                continue;
            }
        }
        const QChar c = text[i];
        if (c == u',') {
            endCell();
            ++i;
            ++column;
        } else if (c == u'\r' || c == u'\n') {
            endRecord();
            i += (c == u'\r' && i + 1 < n && text[i + 1] == u'\n') ? 2 : 1;
            ++line;
            column = 1;
        } else if (c == u'"') {
            errors->append(LoadError{
                fileName, {}, AnnotationIoText::tr("a quote inside an unquoted field"), line, column});
            return {};
        } else {
            cell.value += c;
            ++i;
            ++column;
        }
    }
    if (!startOfCell || !record.cells.isEmpty())
        endRecord();
    return records;
}

} // namespace

QByteArray annotationsToCsv(const QList<Annotation> &annotations, const Dataset &d)
{
    const QList<Field> fields = annotationfields::allFields();
    DataTable table;
    for (Field f : fields)
        table.columns << annotationfields::csvName(f);
    for (const Annotation &a : annotations) {
        QStringList &cells = table.rows.emplace_back();
        for (Field f : fields)
            cells << annotationfields::exportValue(a, f, d);
    }
    return table.toCsv();
}

AnnotationReadResult readAnnotationsCsv(QByteArrayView bytes, const QString &fileName)
{
    AnnotationReading r;
    auto error = [&](int line, int column, const QString &field, const QString &message) {
        if (r.errors.size() < maxErrors)
            r.errors << LoadError{fileName, field, message, line, column};
    };
    if (bytes.size() > maxAnnotationFileBytes) {
        error(0, 0, {}, annotationFileTooLarge(bytes.size()));
        return std::move(r).result();
    }
    if (const TextPosition bad = firstInvalidUtf8(bytes); bad.line > 0) {
        error(bad.line, bad.column, {}, AnnotationIoText::tr("invalid UTF-8"));
        return std::move(r).result();
    }
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QList<Record> records = parseCsv(text, fileName, &r.errors);
    if (!r.errors.isEmpty())
        return std::move(r).result();
    if (records.isEmpty()) {
        error(0, 0, {}, AnnotationIoText::tr("the file is empty"));
        return std::move(r).result();
    }
    // The header names the columns; their order is free, unknown or repeated ones are refused.
    QList<std::optional<Field>> columns;
    QList<Field> present;
    for (const Cell &c : records[0].cells) {
        const std::optional<Field> f = annotationfields::fromCsvName(c.value.trimmed());
        if (!f)
            error(c.line, c.column, c.value, AnnotationIoText::tr("unknown column"));
        else if (present.contains(*f))
            error(c.line, c.column, c.value, AnnotationIoText::tr("this column appears twice"));
        else
            present << *f;
        columns << f;
    }
    for (Field f :
         {Field::Uuid, Field::Target, Field::EventId, Field::SeriesId, Field::PointDate, Field::Text,
          Field::Tags, Field::Importance, Field::Author, Field::Created, Field::Edited})
        if (!present.contains(f))
            error(records[0].line, 0, annotationfields::csvName(f),
                  AnnotationIoText::tr("the header has no such column"));
    if (!r.errors.isEmpty())
        return std::move(r).result();
    QHash<QString, int> firstLine;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const Record &rec = records[i];
        if (rec.cells.size() != columns.size()) {
            error(rec.line, 0, {},
                  AnnotationIoText::tr("%1 fields in this row; the header has %2")
                      .arg(rec.cells.size())
                      .arg(columns.size()));
            continue;
        }
        const qsizetype errorsBefore = r.errors.size();
        Annotation a;
        QList<Field> filled;
        for (qsizetype c = 0; c < rec.cells.size(); ++c) {
            const Field f = *columns[c];
            const Cell &cell = rec.cells[c];
            const QString value = unneutralize(cell.value);
            if (value.isEmpty()) { // a required one is reported below, once
                if (f == Field::Text)
                    filled << f;
                continue;
            }
            const QString problem = annotationfields::set(a, f, value);
            filled << f; // a bad value is reported as such, not also as empty
            if (!problem.isEmpty())
                error(cell.line, cell.column, annotationfields::csvName(f), problem);
        }
        for (Field f : annotationfields::missing(a, filled))
            error(rec.line, 0, annotationfields::csvName(f), AnnotationIoText::tr("empty"));
        if (const QString problem = annotationfields::checkRange(a); !problem.isEmpty())
            error(rec.line, 0, annotationfields::csvName(Field::To), problem);
        if (filled.contains(Field::Uuid)) {
            if (firstLine.contains(a.id))
                error(rec.line, 0, annotationfields::csvName(Field::Uuid),
                      AnnotationIoText::tr("the uuid %1 appears twice; first on line %2")
                          .arg(a.id)
                          .arg(firstLine.value(a.id)));
            else
                firstLine.insert(a.id, rec.line);
        }
        if (r.errors.size() == errorsBefore)
            r.annotations << a;
    }
    return std::move(r).result();
}

} // namespace at
