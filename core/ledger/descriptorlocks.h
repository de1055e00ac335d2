// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

namespace tz {

// Makes every SQLite connection of this process lock its files with open file description
// locks (Linux's F_OFD_SETLK) instead of the POSIX record locks SQLite takes by default.
//
// A POSIX lock belongs to the process and the file: closing *any* descriptor of the file in the
// process (a file dialog sniffing its type, a hash of it) silently drops every lock SQLite holds
// on it, and another program then believes it is alone, checkpoints and deletes the write-ahead
// log still in use (SQLite's "How To Corrupt An SQLite Database File", 2.2). An OFD lock belongs
// to the descriptor SQLite opened and lives until SQLite closes it. OFD locks and POSIX locks
// conflict with each other, so programs that use plain SQLite (the sqlite3 shell, a backup tool)
// still see and respect ours.
//
// Call it before the process opens any SQLite file (the programs' main() do; SqlDatabase calls
// it too): a lock taken one way and released the other would linger. Safe to call again.
void useDescriptorLocks();

// Whether useDescriptorLocks() is in force (false on a kernel without OFD locks).
[[nodiscard]] bool descriptorLocksInUse();

} // namespace tz
