// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/csv/csvreader.h"

#include "app/core/import/aheadworker.h"
#include "app/core/import/csv/csvahead.h"
#include "app/core/import/csv/csvparser.h"
#include "app/core/import/csv/csvrow.h"
#include "app/core/import/datasetbuilder.h"
#include "app/core/import/importlimit.h"
#include "app/core/import/loadprogress.h"
#include "app/core/import/prefault.h"
#include "app/core/import/textposition.h"
#include "app/core/import/textutil.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <atomic>
#include <simdjson.h>

// One pass per file (two for entities, which refer to each other), each row handed to the dataset's rules
// (import/datasetbuilder.h) as it is read, text going from the file's UTF-8 straight into the dataset's
// pool. Repeated ids are found in one go after each table (import/idindex.h). Every message says file,
// line, column and the column's name, in the order of the file. A big events table is read in two ranges,
// the second on the other core (EventRange).

namespace at {

using text::quoted;

namespace {

// A file-local tr() wrapper would be filed by lupdate under the enclosing class or namespace, not under
// the context it looks up; Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup the same one.
struct CsvReaderText {
    Q_DECLARE_TR_FUNCTIONS(at::CsvReader)
};

struct FileState {
    QString name;
    std::string_view text; // without a byte order mark
    const CsvTableSpec *spec = nullptr;
    std::vector<int> cellOfColumn; // for each column of the table, its place in the header, or -1
    int headerFields = 0;
    int version = 1; // of the format, as its header says (csvColumnInVersion)
    QList<LoadError> errors;
    bool rowsRead = false; // the errors of every row are in (or beyond the limit)
};

// Where a row is, by its number in its table, for messages that point back at it.
struct Place {
    int file;
    int line;
    size_t idOffset; // where its id is
};

// Where an entity's parent was given, to say so if the parents loop.
struct ParentCell {
    int file;
    int line;
    int column;
};

class CsvReader {
public:
    CsvReader(const QList<CsvInput> &inputs, const Dataset *base, const LoadOptions &options,
              const Dataset *loaded)
        : m_inputs(inputs), m_options(options), m_builder(DatasetBuilder::Layout::Csv, base, loaded),
          m_baseEntities(base ? base->entities.size() : 0)
    {}

    LoadResult read()
    {
        m_files.resize(size_t(m_inputs.size()));
        for (qsizetype i = 0; i < m_inputs.size(); ++i)
            prepare(int(i));
        if (!errorsCapped()) {
            reserve();
            runTable(CsvTable::Sources, [&](Row &r) { m_builder.source(r.input, r.serial); });
            resolveIds(CsvTable::Sources);
            entityIds();
            runTable(CsvTable::Entities, [&](Row &r) {
                m_parentCells.push_back(ParentCell{r.file, r.line, columnOf(r, format::entity::Parent)});
                m_builder.entity(r.input, r.serial);
            });
            runTable(CsvTable::Events, eventRow);
            resolveIds(CsvTable::Events);
            runTable(CsvTable::Series, [&](Row &r) {
                m_builder.pointRow(r.input, r.serial,
                                   [this](int row, int from) { return placeText(row, from); });
            });
            finishSeries();
            runTable(CsvTable::Quotes, [&](Row &r) { m_builder.quote(r.input, r.serial); });
            resolveIds(CsvTable::Quotes);
            if (!anyErrors())
                checkParents();
        }
        if (m_cancelled)
            return Unexpected(
                QList<LoadError>{LoadError{m_inputs.isEmpty() ? QString() : m_inputs.first().fileName,
                                           QString(), CsvReaderText::tr("the import was cancelled")}});
        QList<LoadError> errors = allErrors();
        if (!errors.isEmpty())
            return Unexpected(std::move(errors));
        std::shared_ptr<Dataset> dataset = m_builder.finish();
        if (const QString refusal = DatasetBuilder::textRefusal(*dataset, m_options.maxTextBytes);
            !refusal.isEmpty())
            return Unexpected(QList<LoadError>{
                LoadError{m_inputs.isEmpty() ? QString() : m_inputs.first().fileName, QString(), refusal}});
        return std::shared_ptr<const Dataset>(std::move(dataset));
    }

private:
    // ---- errors ----------------------------------------------------------------------------------------

    bool anyErrors() const { return m_errorCount > 0; }

    void addError(FileState &f, LoadError e)
    {
        ++m_errorCount;
        f.errors.append(std::move(e));
    }

    // Whether enough errors are in to fill the list: later files cannot add to it. A range read apart
    // cannot tell (the files before it are still being read) and reads all its rows.
    bool errorsCapped() const
    {
        if (m_range)
            return false;
        qsizetype total = 0;
        for (const FileState &f : m_files) {
            total += f.errors.size();
            if (total >= m_options.maxErrors)
                return true;
            if (!f.rowsRead && f.spec)
                return false;
        }
        return false;
    }

    // The files in the order given, each file's errors in line order.
    QList<LoadError> allErrors()
    {
        QList<LoadError> all;
        for (FileState &f : m_files) {
            std::stable_sort(f.errors.begin(), f.errors.end(), [](const LoadError &a, const LoadError &b) {
                return a.line != b.line ? a.line < b.line : a.column < b.column;
            });
            all += f.errors;
        }
        if (all.size() > m_options.maxErrors)
            all.resize(m_options.maxErrors);
        return all;
    }

    void fileError(int file, const QString &message, int line = 0, int column = 0)
    {
        FileState &f = m_files[size_t(file)];
        addError(f, LoadError{f.name, QString(), message, line, column});
    }

    // ---- files and headers -------------------------------------------------------------------------------

    void prepare(int index)
    {
        FileState &f = m_files[size_t(index)];
        const CsvInput &in = m_inputs[index];
        f.name = in.fileName;
        f.rowsRead = true;
        if (in.bytes.size() > m_options.maxBytes) {
            fileError(index, ImportLimit::given(m_options.maxBytes).refusal(in.bytes.size()));
            return;
        }
        f.text = csvWithoutBom(std::string_view(in.bytes.data(), size_t(in.bytes.size())));
        if (f.text.empty()) {
            fileError(index, CsvReaderText::tr("the file is empty"));
            return;
        }
        if (!simdjson::validate_utf8(f.text.data(), f.text.size())) {
            const TextPosition bad =
                firstInvalidUtf8(QByteArrayView(f.text.data(), qsizetype(f.text.size())));
            fileError(
                index,
                CsvReaderText::tr(
                    "invalid UTF-8; save the file as UTF-8 (GBK, Big5 and other encodings are not read)"),
                bad.line, bad.column);
            return;
        }
        CsvParser parser(f.text);
        std::vector<CsvParser::Field> header;
        if (parser.next(header) != CsvParser::Status::Record) {
            fileError(index, parser.errorMessage(), parser.errorLine(),
                      parser.columnOf(parser.errorOffset()));
            return;
        }
        f.spec = csvTableOf(header);
        if (!f.spec) {
            fileError(index,
                      CsvReaderText::tr(
                          "the first line names no table this program reads: it should be the header of "
                          "events, series, quotes, entities or sources (see resources/csv/README.md)"),
                      1, 1);
            return;
        }
        const std::vector<CsvColumn> &columns = f.spec->columns;
        f.cellOfColumn.assign(columns.size(), -1);
        f.headerFields = int(header.size());
        const auto columnNamed = [&](std::string_view name) {
            int column = -1;
            for (size_t c = 0; c < columns.size(); ++c) {
                if (columns[c].name == name)
                    column = int(c);
            }
            return column;
        };
        // The table's version: 2 when a column says so; that column is named when another does not fit.
        std::string_view newer;
        for (const CsvParser::Field &field : header) {
            const int column = columnNamed(csvTrimmed(field.value));
            if (column >= 0 && columns[size_t(column)].since >= 2 && newer.empty())
                newer = columns[size_t(column)].name;
        }
        f.version = newer.empty() ? 1 : 2;
        CsvParser::ColumnCursor cursor;
        for (size_t i = 0; i < header.size(); ++i) {
            const std::string_view name = csvTrimmed(header[i].value);
            const int column = columnNamed(name);
            const int col = parser.columnOf(header[i].offset, cursor);
            if (column < 0)
                fileError(index,
                          CsvReaderText::tr("unknown column %1 in a table of %2")
                              .arg(quoted(name), csvTableName(f.spec->table)),
                          header[i].line, col);
            else if (!csvColumnInVersion(columns[size_t(column)], f.version))
                fileError(
                    index,
                    CsvReaderText::tr("the column %1 is of format version 1, but the column %2 makes this a "
                                      "table of version 2, which has %3 instead")
                        .arg(quoted(name), quoted(newer), quoted(columns[size_t(column)].instead)),
                    header[i].line, col);
            else if (f.cellOfColumn[size_t(column)] >= 0)
                fileError(index, CsvReaderText::tr("the column %1 appears twice").arg(quoted(name)),
                          header[i].line, col);
            else
                f.cellOfColumn[size_t(column)] = int(i);
        }
        for (size_t c = 0; c < columns.size(); ++c) {
            if (columns[c].required && csvColumnInVersion(columns[c], f.version) && f.cellOfColumn[c] < 0)
                fileError(index,
                          CsvReaderText::tr("missing column %1 of a table of %2")
                              .arg(quoted(columns[c].name), csvTableName(f.spec->table)),
                          1, 1);
        }
        if (!f.errors.isEmpty())
            f.spec = nullptr; // its rows cannot be read
        f.rowsRead = f.spec == nullptr;
    }

    // Room for every row of the big tables, mapped in before it is written (import/prefault.h).
    void reserve()
    {
        size_t eventRows = 0;
        size_t textBytes = 0;
        for (const FileState &f : m_files) {
            if (!f.spec)
                continue;
            if (f.spec->table == CsvTable::Events)
                eventRows += CsvParser::countLines(f.text);
            if (f.spec->table == CsvTable::Events || f.spec->table == CsvTable::Series)
                textBytes += f.text.size();
            if (f.spec->table == CsvTable::Series)
                m_seriesBytes += f.text.size();
        }
        // Every string comes from the bytes of the file.
        m_builder.reserve(eventRows, textBytes);
        std::vector<Place> &places = m_rowPlaces[size_t(CsvTable::Events)];
        places.reserve(eventRows);
        prefaultForWriting(places.data(), eventRows * sizeof(Place));
    }

    // ---- rows ---------------------------------------------------------------------------------------------

    // One row being read; its problems go to its file.
    struct Row final : CsvRowSink {
        Row(CsvReader &reader, int file, int serial, const CsvAhead &parser,
            const std::vector<CsvParser::Field> &fields)
            : reader(reader), file(file), serial(serial), state(reader.m_files[size_t(file)]), parser(parser),
              fields(fields), line(fields.front().line), errorsBefore(state.errors.size()),
              input(*state.spec, state.cellOfColumn, fields, *this, state.version)
        {}

        // A file's errors must be the first maxErrors of it in line order, whatever the limit. Rows are
        // read in order, so once a file has that many, later rows only add errors further down; but a
        // row's own errors are not found in the order of its columns, so a row that starts below the limit
        // keeps all of them (a dozen at most) and allErrors() sorts.
        void report(int column, const QString &message, bool clash) override
        {
            bad = true;
            if (errorsBefore >= reader.m_options.maxErrors)
                return;
            const CsvParser::Field &cell = fields[size_t(state.cellOfColumn[size_t(column)])];
            LoadError e{state.name, QString(QLatin1StringView(state.spec->columns[size_t(column)].name)),
                        message, cell.line, parser.columnOf(cell.offset)};
            e.idClash = clash;
            reader.addError(state, std::move(e));
        }
        bool failed() const override { return bad || reader.anyErrors(); }

        CsvReader &reader;
        int file;
        int serial; // the row's number in its table, over all files of the table
        FileState &state;
        const CsvAhead &parser;
        const std::vector<CsvParser::Field> &fields;
        int line;
        qsizetype errorsBefore; // the file's errors when the row began
        bool bad = false;       // a problem was reported for this row
        CsvRow input;
    };

    int columnOf(const Row &r, int field) const
    {
        const int column = r.state.spec->columnOfField[size_t(field)];
        const int cell = column >= 0 ? r.state.cellOfColumn[size_t(column)] : -1;
        return cell >= 0 ? r.parser.columnOf(r.fields[size_t(cell)].offset) : 1;
    }

    template <typename F> void runTable(CsvTable table, F rowFunction)
    {
        for (size_t i = 0; i < m_files.size() && !m_cancelled; ++i) {
            if (m_files[i].spec && m_files[i].spec->table == table)
                readRows(int(i), rowFunction);
        }
    }

    static void eventRow(Row &r) { r.reader.m_builder.event(r.input, r.serial); }

    // The rows of a file from `from` (0: after its header), a record's start on line `line`.
    template <typename F> void readRows(int file, F rowFunction, size_t from = 0, int line = 1)
    {
        FileState &f = m_files[size_t(file)];
        // The entities' id pass does not count as reading a file's rows: its record pass is still to come,
        // and errorsCapped() must not take the file as done.
        if (errorsCapped()) {
            f.rowsRead = !m_idPass;
            return;
        }
        const auto table = size_t(f.spec->table);
        std::vector<CsvParser::Field> fields;
        if (from == 0) {
            CsvParser header(f.text);
            header.next(fields); // checked already
            from = header.offset();
            line = CsvParser::lineAt(f.text, from);
        }
        std::unique_ptr<EventRange> range;
        if (f.spec->table == CsvTable::Events && !m_idPass && !m_range)
            range = startRange(file, from);
        // With a range on the other core, this one cuts its own records.
        CsvAhead parser(f.text, from, line, !range);
        size_t reported = from;
        for (;;) {
            if (range && parser.offset() >= range->from) {
                const bool taken = joinRange(file, range, parser.offset() == range->from);
                if (taken)
                    break; // the rest of the file was read by the range
            }
            const CsvParser::Status status = parser.next(fields);
            if (status == CsvParser::Status::End)
                break;
            if (status == CsvParser::Status::Error) {
                if (!m_idPass && f.errors.size() < m_options.maxErrors)
                    addError(f, LoadError{f.name, QString(), parser.errorMessage(), parser.errorLine(),
                                          parser.columnOf(parser.errorOffset())});
                break;
            }
            if (fields.size() == 1 && fields[0].value.empty() && fields[0].offset < f.text.size() &&
                f.text[fields[0].offset] != '"')
                continue; // a blank line
            const int serial = m_rowSerial[table];
            // Where each row of a table is, by its number in the table, for messages about repeats.
            if (m_rowPlaces[table].size() == size_t(serial)) {
                const int idCell = f.cellOfColumn[0]; // every table's first column is its id
                const size_t idOffset = idCell >= 0 && size_t(idCell) < fields.size()
                                            ? fields[size_t(idCell)].offset
                                            : fields.front().offset;
                m_rowPlaces[table].push_back(Place{file, fields.front().line, idOffset});
                if (f.spec->table == CsvTable::Series)
                    m_dateOffsets.push_back(cellOffset(f, fields, format::point::Date));
            }
            if (int(fields.size()) != f.headerFields) {
                if (!m_idPass) // reported once, in the pass that reads the records
                    wrongFieldCount(file, parser, fields, serial);
                ++m_rowSerial[table];
                if (f.errors.size() >= m_options.maxErrors && errorsCapped())
                    break;
                continue;
            }
            if (m_idPass) {
                idRow(f, fields, serial);
            } else {
                if (f.spec->table == CsvTable::Entities)
                    takePendingIdErrors(f, serial);
                Row row(*this, file, serial, parser, fields);
                rowFunction(row);
            }
            ++m_rowSerial[table];
            // Only once every file listed before this one is read: a later row may still define what
            // they refer to.
            if (f.errors.size() >= m_options.maxErrors && errorsCapped())
                break;
            if (parser.offset() - reported >= 256 * 1024) {
                if (!advance(parser.offset() - reported))
                    break;
                reported = parser.offset();
                if (errorsCapped())
                    break;
            }
        }
        if (range)
            joinRange(file, range, false); // this walk stopped before the range: it is not needed
        advance(parser.offset() - reported);
        f.rowsRead = !m_idPass;
    }

    // ---- events in two ranges -----------------------------------------------------------------------------

    // The rows of an events file from a line break near its middle to its end, read on the other core by a
    // reader of their own while this one reads those before: with a copy of the file's state, its own
    // errors, row places and numbers, and a builder of its own (DatasetBuilder's range constructor), which
    // finds sources and entities in this reader's builder. joinRange() appends what it read as if this
    // reader had read on: the list of errors and the dataset are those of a single walk.
    struct EventRange {
        size_t from = 0; // where its first row starts, if the line break is not inside a quoted field
        FileState file;  // its copy of the file, without errors
        qsizetype errorsBefore = 0;        // this reader's, when the range began
        std::unique_ptr<CsvReader> reader; // made on the other thread
        std::atomic<bool> stop{false};
    };

    CsvReader(const CsvReader &whole, FileState file, size_t rows, size_t textUtf8Bytes,
              qsizetype errorsBefore, const std::atomic<bool> *stop)
        : m_inputs(whole.m_inputs), m_options(whole.m_options),
          m_builder(whole.m_builder, rows, textUtf8Bytes), m_baseEntities(whole.m_baseEntities),
          m_errorCount(errorsBefore), m_range(true), m_stop(stop)
    {
        m_files.push_back(std::move(file));
        m_rowPlaces[size_t(CsvTable::Events)].reserve(rows);
    }

    std::unique_ptr<EventRange> startRange(int file, size_t begin)
    {
        const FileState &f = m_files[size_t(file)];
        const std::string_view text = f.text;
        if (begin >= text.size() || text.size() - begin < m_options.csvTwoRangesBytes)
            return {};
        // A row most likely starts after the first line break past the middle. When that break is inside a
        // quoted field, the first range's last row runs past it, and readRows() reads on alone.
        const size_t at = text.find_first_of("\r\n", begin + (text.size() - begin) / 2);
        if (at == std::string_view::npos)
            return {};
        const size_t from = at + 1 + size_t(text[at] == '\r' && at + 1 < text.size() && text[at + 1] == '\n');
        if (from >= text.size())
            return {};
        auto range = std::make_unique<EventRange>();
        range->from = from;
        range->file = FileState{f.name, f.text, f.spec, f.cellOfColumn, f.headerFields, f.version, {}, false};
        range->errorsBefore = m_errorCount;
        // After appendEvents() its buffer is the pool's last, and the text of the other events tables and of
        // the series points follows in it: room for all of that, so that the buffer never moves while
        // pages are mapped in ahead of it (a move would leave the mapping on freed memory).
        size_t later = m_seriesBytes;
        for (size_t j = 0; j < m_files.size(); ++j) {
            if (j != size_t(file) && m_files[j].spec && m_files[j].spec->table == CsvTable::Events)
                later += m_files[j].text.size();
        }
        const size_t textUtf8Bytes = text.size() - from + later;
        m_rangeWorker.start([this, r = range.get(), textUtf8Bytes] {
            const std::string_view rest = r->file.text.substr(r->from);
            r->reader.reset(new CsvReader(*this, std::move(r->file), CsvParser::countLines(rest),
                                          textUtf8Bytes, r->errorsBefore, &r->stop));
            r->reader->readRows(0, eventRow, r->from, CsvParser::lineAt(r->reader->m_files[0].text, r->from));
        });
        return range;
    }

    // Once this walk is at the range's first row (`reached`: exactly there, where a row ended), or has
    // stopped or gone past it: takes what the range read, or drops it. True when the rows from there on
    // are read (or the import cancelled).
    bool joinRange(int file, std::unique_ptr<EventRange> &range, bool reached)
    {
        if (!reached)
            range->stop.store(true, std::memory_order_relaxed);
        m_rangeWorker.wait();
        const std::unique_ptr<EventRange> r = std::move(range);
        if (!reached) {
            // This walk reads those rows itself: what the range counted would be counted twice.
            if (r->reader && m_options.progress)
                m_options.progress->advance(-r->reader->m_advanced);
            return false;
        }
        CsvReader &other = *r->reader;
        if (other.m_cancelled) {
            m_cancelled = true;
            return true;
        }
        // A single walk keeps a row's errors while the file has fewer than the limit as the row begins. The
        // range's count began at none, so it may keep more: those come after the limit's worth in line
        // order, where allErrors() cuts the list. Whether the file has the limit's worth is the same.
        FileState &f = m_files[size_t(file)];
        for (const LoadError &e : other.m_files.front().errors)
            addError(f, e);
        const auto table = size_t(CsvTable::Events);
        for (Place p : other.m_rowPlaces[table]) {
            p.file = file;
            m_rowPlaces[table].push_back(p);
        }
        m_builder.appendEvents(std::move(other.m_builder), m_rowSerial[table]);
        m_rowSerial[table] += other.m_rowSerial[table];
        return true;
    }

    size_t cellOffset(const FileState &f, const std::vector<CsvParser::Field> &fields, int field) const
    {
        const int column = f.spec->columnOfField[size_t(field)];
        const int cell = column >= 0 ? f.cellOfColumn[size_t(column)] : -1;
        return cell >= 0 && size_t(cell) < fields.size() ? fields[size_t(cell)].offset
                                                         : fields.front().offset;
    }

    void wrongFieldCount(int file, const CsvAhead &parser, const std::vector<CsvParser::Field> &fields,
                         int serial)
    {
        FileState &f = m_files[size_t(file)];
        const size_t at = fields.size() > size_t(f.headerFields) ? fields[size_t(f.headerFields)].offset
                                                                 : fields.front().offset;
        if (f.errors.size() < m_options.maxErrors)
            addError(f, LoadError{f.name, QString(),
                                  CsvReaderText::tr("the row has %1 fields; the header has %2")
                                      .arg(fields.size())
                                      .arg(f.headerFields),
                                  fields.front().line, parser.columnOf(at)});
        // Keep the numbering of the records that are referred to by number.
        if (f.spec->table == CsvTable::Entities) {
            m_builder.placeholder(format::Table::Entities);
            m_parentCells.push_back(ParentCell{file, fields.front().line, 1});
            takePendingIdErrors(f, serial);
        } else if (f.spec->table == CsvTable::Sources) {
            m_builder.placeholder(format::Table::Sources);
        }
    }

    bool advance(size_t bytes)
    {
        m_advanced += qint64(bytes);
        if (m_options.progress) {
            m_options.progress->advance(qint64(bytes));
            m_cancelled = m_cancelled || m_options.progress->cancelled();
        }
        return !m_cancelled && !(m_stop && m_stop->load(std::memory_order_relaxed));
    }

    // ---- ids ----------------------------------------------------------------------------------------------

    // "line 3" in the same file, "events.csv:3" in another.
    QString placeText(int row, int fromRow, CsvTable table = CsvTable::Series) const
    {
        const auto &places = m_rowPlaces[size_t(table)];
        const Place at = places[size_t(row)];
        if (at.file == places[size_t(fromRow)].file)
            return CsvReaderText::tr("line %1").arg(at.line);
        return CsvReaderText::tr("%1:%2").arg(m_files[size_t(at.file)].name).arg(at.line);
    }

    // The repeated ids of a table, each at its row. The repeats come in row order, so past maxErrors of
    // them in a file the rest come after its list; the reading may have stopped at a row with earlier ones,
    // which allErrors() sorts in.
    void resolveIds(CsvTable table)
    {
        const auto &places = m_rowPlaces[size_t(table)];
        std::vector<int> repeats(m_files.size(), 0);
        m_builder.resolveIds(formatTable(table), [&](const IdIndex::Repeat &rep, int first) {
            const Place at = places[size_t(rep.value)];
            FileState &f = m_files[size_t(at.file)];
            if (repeats[size_t(at.file)]++ >= m_options.maxErrors)
                return;
            addError(f,
                     LoadError{f.name, QStringLiteral("id"),
                               DatasetBuilder::duplicateIdMessage(rep.id, placeText(first, rep.value, table)),
                               at.line, CsvParser(f.text).columnOf(at.idOffset)});
        });
    }

    // Entities refer to each other: all their ids come first. What this pass finds wrong with them waits
    // for the record pass to reach their rows.
    void idRow(const FileState &f, const std::vector<CsvParser::Field> &fields, int serial)
    {
        const int idCell = f.cellOfColumn[0];
        m_builder.collectId(format::Table::Entities, csvTrimmed(fields[size_t(idCell)].value), serial);
    }

    void entityIds()
    {
        const auto before = m_rowSerial;
        m_idPass = true;
        runTable(CsvTable::Entities, [](Row &) {});
        m_idPass = false;
        m_rowSerial = before; // the record pass numbers the rows again
        for (FileState &f : m_files) {
            if (f.spec && f.spec->table == CsvTable::Entities)
                f.rowsRead = false;
        }
        const auto &places = m_rowPlaces[size_t(CsvTable::Entities)];
        m_builder.resolveIds(format::Table::Entities, [&](const IdIndex::Repeat &rep, int first) {
            if (m_pendingIdErrors.size() >= size_t(m_options.maxErrors))
                return; // later ones come after these
            const Place at = places[size_t(rep.value)];
            const FileState &f = m_files[size_t(at.file)];
            m_pendingIdErrors.push_back(PendingError{
                rep.value, LoadError{f.name, QStringLiteral("id"),
                                     DatasetBuilder::duplicateIdMessage(
                                         rep.id, placeText(first, rep.value, CsvTable::Entities)),
                                     at.line, CsvParser(f.text).columnOf(at.idOffset)}});
        });
    }

    // The id pass's errors for the row the record pass is at.
    void takePendingIdErrors(FileState &f, int serial)
    {
        while (m_nextPending < m_pendingIdErrors.size() &&
               m_pendingIdErrors[m_nextPending].serial <= serial) {
            if (m_pendingIdErrors[m_nextPending].serial == serial && f.errors.size() < m_options.maxErrors)
                addError(f, m_pendingIdErrors[m_nextPending].error);
            ++m_nextPending;
        }
    }

    // ---- series and parents ---------------------------------------------------------------------------

    void finishSeries()
    {
        const auto &places = m_rowPlaces[size_t(CsvTable::Series)];
        std::vector<int> reported(m_files.size(), 0);
        m_builder.finishPointRows(
            [&](int row, int, const QString &message) {
                const Place at = places[size_t(row)];
                FileState &f = m_files[size_t(at.file)];
                if (reported[size_t(at.file)]++ >= m_options.maxErrors)
                    return;
                addError(f, LoadError{f.name, QStringLiteral("date"), message, at.line,
                                      CsvParser(f.text).columnOf(m_dateOffsets[size_t(row)])});
            },
            [this](int row, int from) { return placeText(row, from); });
    }

    void checkParents()
    {
        m_builder.checkEntityParents([&](int entity, const QString &message) {
            const ParentCell &cell = m_parentCells[size_t(entity)];
            FileState &f = m_files[size_t(cell.file)];
            if (f.errors.size() < m_options.maxErrors)
                addError(f, LoadError{f.name, QStringLiteral("parent"), message, cell.line, cell.column});
        });
    }

    const QList<CsvInput> &m_inputs;
    LoadOptions m_options;
    DatasetBuilder m_builder;
    qsizetype m_baseEntities;
    std::vector<FileState> m_files;
    bool m_cancelled = false;
    qint64 m_advanced = 0; // bytes reported to the progress
    qsizetype m_errorCount = 0;
    bool m_idPass = false; // reading the entities' ids only
    std::array<int, 5> m_rowSerial{};
    std::array<std::vector<Place>, 5> m_rowPlaces;
    std::vector<size_t> m_dateOffsets; // of the series table's rows
    std::vector<ParentCell> m_parentCells;
    struct PendingError {
        int serial; // the entity row it is about
        LoadError error;
    };
    std::vector<PendingError> m_pendingIdErrors;
    size_t m_nextPending = 0;
    size_t m_seriesBytes = 0;
    const bool m_range = false;                // reads a range of an events file (EventRange)
    const std::atomic<bool> *m_stop = nullptr; // a range's: its rows are no longer needed
    AheadWorker m_rangeWorker;                 // runs the EventRange
};

} // namespace

LoadResult readCsvTables(const QList<CsvInput> &inputs, const Dataset *base, const LoadOptions &options,
                         const Dataset *loaded)
{
    CsvReader reader(inputs, base, options, loaded);
    return reader.read();
}

} // namespace at
