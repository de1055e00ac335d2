// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QString>

#include <optional>

class QBoxLayout;
class QComboBox;

namespace tz {

class OrgService;
enum class OrgLevel : int;

// Makes `combo` a unit picker: editable, completing on any part of the unit's path (two 新村
// differ by their township), its data the unit code. Fills it with `top` and every unit under
// it (every unit when `top` is empty), or only the units of `level`. Keeps items already there
// (an "All" entry) in front.
void fillUnitPicker(
    QComboBox *combo, OrgService &org, const QString &top, std::optional<OrgLevel> level = {});
// The highest unit `unitCode` lets a person see: that unit, or for the ledger-wide
// administrator (no unit) the top of the division tree.
QString topUnitFor(OrgService &org, const QString &unitCode);
// A labelled unit picker on its own row at the top of `layout` (a settings tab's).
QComboBox *addUnitPickerRow(QBoxLayout *layout, const QString &label, const QString &objectName,
    OrgService &org, const QString &top, std::optional<OrgLevel> level = {});

} // namespace tz
