// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "ui/cases/importcasesdialog.h"

#include "core/common/businesstime.h"
#include "core/ledger/ledger.h"
#include "core/org/orgservice.h"
#include "core/workspace/workspace.h"
#include "ui/common/filedialogs.h"
#include "ui/common/messages.h"
#include "ui/common/unitpicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tz {
namespace {

enum PreviewColumn { LineColumn, StatusColumn, DateColumn, TitleColumn, UnitColumn, PreviewColumns };

} // namespace

ImportCasesDialog::ImportCasesDialog(
    Workspace &workspace, const Actor &actor, const QString &file, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_actor(actor)
    , m_import(workspace.ledger(), workspace.org(), workspace.catalog(), workspace.cases())
{
    setWindowTitle(tr("Import an old case ledger — %1").arg(QFileInfo(file).fileName()));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(messages::noteLabel(this,
        tr("Each row becomes a case entered afterwards (补录) with its own registration date; rows with a "
           "resolution "
           "date and result are saved as resolved. Check the columns below: each field takes the column "
           "named "
           "beside it.")));
    m_message = messages::errorLabel(this, QStringLiteral("importMessage"));
    layout->addWidget(m_message);
    Result<CsvTable> table = CaseImport::read(file);
    if (table)
        m_table = *table;

    auto *columns = new QGroupBox(tr("Columns"), this);
    auto *form = new QFormLayout(columns);
    for (int f = 0; f < kImportFieldCount; ++f) {
        const auto field = static_cast<ImportField>(f);
        auto *combo = new QComboBox(columns);
        combo->setObjectName(QStringLiteral("importColumn_") + importfield::key(field));
        //: The choice of no column for a field of an imported case
        combo->addItem(importfield::required(field) ? tr("(choose a column)") : tr("(none)"), -1);
        for (int c = 0; c < m_table.header.size(); ++c)
            combo->addItem(m_table.header.at(c), c);
        m_columns.insert(f, combo);
        form->addRow(importfield::required(field) ? tr("%1 (required):").arg(importfield::label(field))
                                                  : tr("%1:").arg(importfield::label(field)),
            combo);
    }
    auto *defaults = new QGroupBox(tr("Rows that leave them empty"), this);
    auto *defaultsForm = new QFormLayout(defaults);
    m_unit = new QComboBox(defaults);
    m_unit->setObjectName(QStringLiteral("importUnit"));
    m_unit->addItem(tr("(none: the row must name its unit)"), QString());
    fillUnitPicker(m_unit, m_workspace.org(), topUnitFor(m_workspace.org(), actor.orgCode));
    m_handling = new QComboBox(defaults);
    for (Handling h : {Handling::Routed, Handling::Fast, Handling::Joint, Handling::Immediate})
        m_handling->addItem(handling::label(h), static_cast<int>(h));
    m_channel = new QComboBox(defaults);
    for (int c = 1; c <= 8; ++c)
        m_channel->addItem(channel::label(static_cast<Channel>(c)), c);
    defaultsForm->addRow(tr("&Unit:"), m_unit);
    defaultsForm->addRow(tr("&Class:"), m_handling);
    defaultsForm->addRow(tr("C&hannel:"), m_channel);
    auto *load = new QPushButton(tr("&Load a saved mapping…"), defaults);
    auto *save = new QPushButton(tr("Sa&ve this mapping…"), defaults);
    auto *mappingButtons = new QHBoxLayout;
    mappingButtons->addWidget(load);
    mappingButtons->addWidget(save);
    defaultsForm->addRow(mappingButtons);
    auto *top = new QHBoxLayout;
    top->addWidget(columns, 1);
    top->addWidget(defaults, 1, Qt::AlignTop);
    layout->addLayout(top);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    layout->addWidget(m_summary);
    m_preview = new QTableWidget(0, PreviewColumns, this);
    m_preview->setTabKeyNavigation(false); // rows by the arrows; Tab leaves the table
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setHorizontalHeaderLabels(
        {tr("Line"), tr("Check"), tr("Registered on"), tr("Request"), tr("Unit")});
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_preview, 1);

    m_allOrNothing = new QRadioButton(tr("&All rows or none: import only when every row is right"), this);
    m_goodOnly = new QRadioButton(tr("Import the &good rows and save the others to a file to fix"), this);
    m_allOrNothing->setChecked(true);
    layout->addWidget(m_allOrNothing);
    layout->addWidget(m_goodOnly);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_run = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("importRun"));
    layout->addWidget(buttons);
    resize(1100, 720);

    if (!table) {
        messages::show(m_message, table.error().message, false);
        m_run->setEnabled(false);
    } else {
        CaseImportMapping guessed = CaseImportMapping::guess(m_table.header);
        guessed.defaultUnit = actor.orgCode;
        showMapping(guessed);
    }
    for (QComboBox *combo : std::as_const(m_columns))
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportCasesDialog::recheck);
    for (QComboBox *combo : {m_unit, m_handling, m_channel})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportCasesDialog::recheck);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, [this, file] {
        QString rejects;
        if (m_goodOnly->isChecked()) {
            const QFileInfo info(file);
            rejects = QFileDialog::getSaveFileName(this, tr("Save the rows left out"),
                info.dir().filePath(tr("%1-rejected.csv").arg(info.completeBaseName())),
                tr("CSV files (*.csv)"));
            if (rejects.isEmpty())
                return;
        }
        const QString message = importNow(rejects);
        if (!m_imported.isEmpty()) {
            QMessageBox::information(this, windowTitle(), message);
            accept();
        }
    });
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path = filedialogs::openFile(
            this, filedialogs::Kind::Imports, tr("Load a saved mapping"), tr("Mappings (*.json)"));
        if (!path.isEmpty())
            if (const QString problem = loadMapping(path); !problem.isEmpty())
                messages::show(m_message, problem, false);
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = filedialogs::saveFile(this, filedialogs::Kind::Imports, tr("Save the mapping"),
            tr("case-ledger-mapping.json"), tr("Mappings (*.json)"));
        if (path.isEmpty())
            return;
        const QString problem = saveMapping(path);
        messages::show(
            m_message, problem.isEmpty() ? tr("Mapping saved to %1.").arg(path) : problem, problem.isEmpty());
    });
    if (table)
        recheck();
}

ImportCasesDialog::~ImportCasesDialog()
{
    // The unit field is editable: losing the focus while the dialog closes may pick an item and
    // ask for a check after this dialog's members are gone.
    for (QComboBox *combo : std::as_const(m_columns))
        combo->disconnect(this);
    for (QComboBox *combo : {m_unit, m_handling, m_channel})
        combo->disconnect(this);
}

CaseImportMapping ImportCasesDialog::mapping() const
{
    CaseImportMapping m;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        if (const int column = it.value()->currentData().toInt(); column >= 0)
            m.columns.insert(static_cast<ImportField>(it.key()), column);
    m.defaultUnit = m_unit->currentData().toString();
    m.defaultHandling = static_cast<Handling>(m_handling->currentData().toInt());
    m.defaultChannel = static_cast<Channel>(m_channel->currentData().toInt());
    return m;
}

void ImportCasesDialog::showMapping(const CaseImportMapping &mapping)
{
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setCurrentIndex(
            std::max(0, it.value()->findData(mapping.columns.value(static_cast<ImportField>(it.key()), -1))));
    }
    const QSignalBlocker blockUnit(m_unit);
    const QSignalBlocker blockHandling(m_handling);
    const QSignalBlocker blockChannel(m_channel);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(mapping.defaultUnit)));
    m_handling->setCurrentIndex(std::max(0, m_handling->findData(static_cast<int>(mapping.defaultHandling))));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(static_cast<int>(mapping.defaultChannel))));
}

void ImportCasesDialog::recheck()
{
    const CaseImportMapping m = mapping();
    QStringList missing;
    for (int f = 0; f < kImportFieldCount; ++f)
        if (importfield::required(static_cast<ImportField>(f))
            && !m.columns.contains(static_cast<ImportField>(f)))
            missing.append(importfield::label(static_cast<ImportField>(f)));
    m_rows = missing.isEmpty() ? m_import.check(m_actor, m_table, m) : QList<CaseImportRow> {};
    m_preview->setRowCount(0);
    m_preview->setRowCount(int(m_rows.size()));
    int good = 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        const CaseImportRow &row = m_rows.at(r);
        const bool ok = row.problem.isEmpty();
        good += ok ? 1 : 0;
        auto *status = new QTableWidgetItem(ok ? tr("Ready") : row.problem);
        status->setForeground(ok ? QColor(0x1b, 0x6e, 0x20) : QColor(0xb0, 0x00, 0x20));
        status->setToolTip(row.problem);
        m_preview->setItem(r, LineColumn, new QTableWidgetItem(QString::number(row.line)));
        m_preview->setItem(r, StatusColumn, status);
        m_preview->setItem(r, DateColumn,
            new QTableWidgetItem(
                row.input.registeredAt ? businesstime::displayOf(*row.input.registeredAt) : QString()));
        m_preview->setItem(r, TitleColumn, new QTableWidgetItem(row.input.title));
        m_preview->setItem(r, UnitColumn,
            new QTableWidgetItem(
                row.input.orgCode.isEmpty() ? QString() : m_workspace.org().pathName(row.input.orgCode)));
    }
    m_preview->resizeColumnsToContents();
    m_preview->setColumnWidth(StatusColumn, std::min(m_preview->columnWidth(StatusColumn), 420));
    if (!missing.isEmpty()) {
        m_summary->setText(tr("Choose the columns for: %1.").arg(missing.join(QStringLiteral("、"))));
        m_run->setEnabled(false);
        return;
    }
    const int bad = int(m_rows.size()) - good;
    //: %n rows in all, %1 of them ready, %2 with a problem
    m_summary->setText(
        tr("%n row(s): %1 ready, %2 with a problem (see the Check column).", nullptr, int(m_rows.size()))
            .arg(good)
            .arg(bad));
    m_run->setEnabled(good > 0);
}

QString ImportCasesDialog::importNow(const QString &rejectsFile)
{
    Result<CaseImportOutcome> outcome = m_import.run(m_actor, m_table.header, m_rows, rejectsFile);
    if (!outcome) {
        messages::show(m_message, outcome.error().message, false);
        return outcome.error().message;
    }
    m_imported = outcome->numbers;
    const QString message = outcome->rejected > 0
        ? tr("%n case(s) entered as 补录; %1 row(s) left out, saved to %2.", nullptr,
            int(outcome->numbers.size()))
              .arg(outcome->rejected)
              .arg(QDir::toNativeSeparators(rejectsFile))
        : tr("%n case(s) entered as 补录.", nullptr, int(outcome->numbers.size()));
    messages::show(m_message, message, true);
    return message;
}

QString ImportCasesDialog::loadMapping(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(path, file.errorString());
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll());
    if (!json.isObject())
        return tr("%1 is not a saved mapping.").arg(path);
    Result<CaseImportMapping> read = CaseImportMapping::fromJson(json.object(), m_table.header);
    if (!read)
        return read.error().message;
    showMapping(*read);
    recheck();
    return {};
}

QString ImportCasesDialog::saveMapping(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    file.write(QJsonDocument(mapping().toJson(m_table.header)).toJson());
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace tz
