// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/auth/actor.h"
#include "core/residents/residentservice.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tz {

// Asks why the full ID number or phone is needed, records it, then shows the value. A reason
// too short is refused in place; the value is shown only once it is recorded.
class RevealDialog : public QDialog
{
    Q_OBJECT
public:
    RevealDialog(ResidentService &residents, const Actor &actor, const QString &residentId,
        ResidentField field, QWidget *parent = nullptr);

    [[nodiscard]] QString revealed() const { return m_value; }

    void accept() override;

private:
    ResidentService &m_residents;
    Actor m_actor;
    QString m_residentId;
    ResidentField m_field;
    QString m_value;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_shown = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace tz
