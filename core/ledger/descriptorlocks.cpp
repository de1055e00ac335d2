// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/ledger/descriptorlocks.h"

#include <sqlite3.h>

#include <atomic>
#include <cstdarg>
#include <cstdio>
#include <mutex>

#include <fcntl.h>
#include <unistd.h>

namespace tz {
namespace {

std::atomic<bool> g_inUse {false};

// Stands in for fcntl(2) in SQLite's unix VFS. SQLite passes a struct flock for the lock commands
// and an int (or nothing) for the few others it may use.
int descriptorFcntl(int fd, int command, ...)
{
    va_list arguments;
    va_start(arguments, command);
    int rc = -1;
    switch (command) {
    case F_SETLK:
    case F_SETLKW:
    case F_GETLK: {
        auto *lock = static_cast<struct flock *>(va_arg(arguments, void *));
        lock->l_pid = 0; // the kernel refuses OFD requests that name a process
        const int ofd = command == F_SETLK ? F_OFD_SETLK : command == F_SETLKW ? F_OFD_SETLKW : F_OFD_GETLK;
        rc = ::fcntl(fd, ofd, lock);
        break;
    }
    case F_GETFD:
    case F_GETFL:
        rc = ::fcntl(fd, command);
        break;
    case F_SETFD:
    case F_SETFL:
        rc = ::fcntl(fd, command, va_arg(arguments, int));
        break;
    default:
        rc = ::fcntl(fd, command, va_arg(arguments, void *));
        break;
    }
    va_end(arguments);
    return rc;
}

// Whether this kernel knows OFD locks (Linux 3.15 and later): asked of a temporary file.
bool kernelHasDescriptorLocks()
{
    FILE *probe = std::tmpfile();
    if (!probe)
        return true; // cannot ask: every supported kernel has them
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    const bool known = ::fcntl(fileno(probe), F_OFD_GETLK, &lock) == 0;
    std::fclose(probe);
    return known;
}

} // namespace

void useDescriptorLocks()
{
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_vfs *vfs = sqlite3_vfs_find("unix");
        if (!vfs || vfs->iVersion < 3 || !vfs->xSetSystemCall || !kernelHasDescriptorLocks())
            return;
        // Every unix VFS of the library shares this one table of system calls.
        if (vfs->xSetSystemCall(vfs, "fcntl", reinterpret_cast<sqlite3_syscall_ptr>(&descriptorFcntl))
            == SQLITE_OK)
            g_inUse = true;
    });
}

bool descriptorLocksInUse()
{
    return g_inUse;
}

} // namespace tz
