# A stand-in for GNOME's screensaver and logind on a private bus, for the session watch's real-bus test: it owns
# org.gnome.ScreenSaver and org.freedesktop.login1 and sends, for each line read on stdin, the signal it names:
# "screensaver true|false", "logind Lock|Unlock", "hint true|false" (LockedHint). Prints "ready" once it owns them.
import sys
from gi.repository import Gio, GLib

SESSION = '/org/freedesktop/login1/session/_32'
bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
for name in ['org.gnome.ScreenSaver', 'org.freedesktop.login1']:
    bus.call_sync('org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus', 'RequestName',
                  GLib.Variant('(su)', (name, 0)), None, 0, -1, None)
print('ready', flush=True)
for line in sys.stdin:
    what, value = line.split()
    if what == 'screensaver':
        bus.emit_signal(None, '/org/gnome/ScreenSaver', 'org.gnome.ScreenSaver', 'ActiveChanged',
                        GLib.Variant('(b)', (value == 'true',)))
    elif what == 'logind':
        bus.emit_signal(None, SESSION, 'org.freedesktop.login1.Session', value, None)
    elif what == 'hint':
        changed = {'LockedHint': GLib.Variant('b', value == 'true')}
        bus.emit_signal(None, SESSION, 'org.freedesktop.DBus.Properties', 'PropertiesChanged',
                        GLib.Variant('(sa{sv}as)', ('org.freedesktop.login1.Session', changed, [])))
    bus.flush_sync(None)
