<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountCommand</name>
    <message>
        <location filename="../src/app/accountcommand.cpp" line="29"/>
        <source>Usage: account add PLATFORM NAME --instance|--url|--pds URL [--token-env VAR] [--handle HANDLE --password-env VAR]</source>
        <translation>Aufruf: account add PLATFORM NAME --instance|--url|--pds URL [--token-env VAR] [--handle HANDLE --password-env VAR]</translation>
    </message>
    <message>
        <location filename="../src/app/accountcommand.cpp" line="37"/>
        <source>Give the account&apos;s address with --instance, --url or --pds.</source>
        <translation>Geben Sie die Adresse des Kontos mit --instance, --url oder --pds an.</translation>
    </message>
    <message>
        <location filename="../src/app/accountcommand.cpp" line="44"/>
        <source>The environment variable %1 is empty or not set.</source>
        <translation>Die Umgebungsvariable %1 ist leer oder nicht gesetzt.</translation>
    </message>
    <message>
        <location filename="../src/app/accountcommand.cpp" line="70"/>
        <source>Added %1 account %2.</source>
        <translation>%1-Konto %2 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../src/app/accountcommand.cpp" line="105"/>
        <source>add PLATFORM NAME ... | list</source>
        <translation>add PLATFORM NAME ... | list</translation>
    </message>
    <message>
        <location filename="../src/app/accountcommand.cpp" line="106"/>
        <source>Mastodon: the instance URL.</source>
        <translation>Mastodon: die URL der Instanz.</translation>
    </message>
    <message>
        <location filename="../src/app/accountcommand.cpp" line="107"/>
        <source>Webhook: the URL to POST to.</source>
        <translation>Webhook: die URL, an die per POST gesendet wird.</translation>
    </message>
    <message>
        <location filename="../src/app/accountcommand.cpp" line="108"/>
        <source>Bluesky: the PDS URL.</source>
        <translation>Bluesky: die URL des PDS.</translation>
    </message>
    <message>
        <location filename="../src/app/accountcommand.cpp" line="109"/>
        <source>The environment variable that holds the access token.</source>
        <translation>Die Umgebungsvariable, die das Zugriffstoken enthält.</translation>
    </message>
    <message>
        <location filename="../src/app/accountcommand.cpp" line="110"/>
        <source>Bluesky: the account&apos;s handle (alice.bsky.social).</source>
        <translation>Bluesky: das Handle des Kontos (alice.bsky.social).</translation>
    </message>
    <message>
        <location filename="../src/app/accountcommand.cpp" line="111"/>
        <source>Bluesky: the environment variable that holds the app password.</source>
        <translation>Bluesky: die Umgebungsvariable mit dem App-Passwort.</translation>
    </message>
    <message>
        <location filename="../src/app/accountcommand.cpp" line="113"/>
        <source>One JSON object per line.</source>
        <translation>Ein JSON-Objekt pro Zeile.</translation>
    </message>
    <message>
        <location filename="../src/app/accountcommand.cpp" line="121"/>
        <source>Use &quot;account add&quot; or &quot;account list&quot;.</source>
        <translation>Verwenden Sie „account add“ oder „account list“.</translation>
    </message>
</context>
<context>
    <name>AccountConnector</name>
    <message>
        <location filename="../src/core/publish/accountconnector.cpp" line="30"/>
        <source>Unknown platform &quot;%1&quot;: use one of %2.</source>
        <translation>Unbekannte Plattform „%1“: Verwenden Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/publish/accountconnector.cpp" line="35"/>
        <source>&quot;%1&quot; is not a usable account name: use letters, digits, . _ @ -.</source>
        <translation>„%1“ ist kein verwendbarer Kontoname: Verwenden Sie Buchstaben, Ziffern und . _ @ -.</translation>
    </message>
    <message>
        <location filename="../src/core/publish/accountconnector.cpp" line="45"/>
        <source>A %1 account signs in with its handle.</source>
        <translation>Ein %1-Konto meldet sich mit seinem Handle an.</translation>
    </message>
    <message>
        <location filename="../src/core/publish/accountconnector.cpp" line="47"/>
        <source>A %1 account needs its token or app password.</source>
        <translation>Ein %1-Konto braucht sein Token oder App-Passwort.</translation>
    </message>
    <message>
        <location filename="../src/core/publish/accountconnector.cpp" line="40"/>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>Ein Konto namens „%1“ gibt es bereits.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../ui/accountdialog.ui" line="9"/>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.ui" line="19"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.ui" line="34"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.ui" line="42"/>
        <source>work-mastodon</source>
        <translation>arbeit-mastodon</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.ui" line="52"/>
        <location filename="../src/gui/accounts/accountdialog.cpp" line="31"/>
        <location filename="../src/gui/accounts/accountdialog.cpp" line="35"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.ui" line="68"/>
        <source>&amp;Handle:</source>
        <translation>&amp;Handle:</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.ui" line="76"/>
        <source>alice.bsky.social</source>
        <translation>alice.bsky.social</translation>
    </message>
    <message>
        <location filename="../ui/accountdialog.ui" line="86"/>
        <location filename="../src/gui/accounts/accountdialog.cpp" line="31"/>
        <source>&amp;Access token:</source>
        <translation>&amp;Zugriffstoken:</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountdialog.cpp" line="32"/>
        <source>Create a token in your server&apos;s settings under Development → New application, with the scopes read and write, and paste it here.</source>
        <translation>Erstellen Sie in den Einstellungen Ihres Servers unter Entwicklung → Neue Anwendung ein Token mit den Berechtigungen read und write und fügen Sie es hier ein.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountdialog.cpp" line="35"/>
        <source>App &amp;password:</source>
        <translation>&amp;App-Passwort:</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountdialog.cpp" line="36"/>
        <source>Sign in with your handle and an app password (Settings → Privacy and security → App passwords), never your main password.</source>
        <translation>Melden Sie sich mit Ihrem Handle und einem App-Passwort an (Einstellungen → Privatsphäre und Sicherheit → App-Passwörter), nie mit Ihrem Hauptpasswort.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountdialog.cpp" line="39"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountdialog.cpp" line="39"/>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountdialog.cpp" line="40"/>
        <source>Each post is sent to this address as JSON. The secret, if any, is sent with it so that the receiver can trust it.</source>
        <translation>Jeder Beitrag wird als JSON an diese Adresse gesendet. Ein etwaiges Geheimnis wird mitgesendet, damit der Empfänger dem Beitrag vertrauen kann.</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountdialog.cpp" line="55"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../src/gui/accounts/accountdialog.cpp" line="130"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <location filename="../src/core/storage/accountstore.cpp" line="22"/>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>Ein Konto namens „%1“ existiert bereits.</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../src/gui/composer/attachmentstrip.cpp" line="15"/>
        <source>Attached images</source>
        <translation>Angehängte Bilder</translation>
    </message>
    <message>
        <location filename="../src/gui/composer/attachmentstrip.cpp" line="25"/>
        <source>%1 is attached already.</source>
        <translation>%1 ist bereits angehängt.</translation>
    </message>
</context>
<context>
    <name>AttachmentTile</name>
    <message>
        <location filename="../src/gui/composer/attachmenttile.cpp" line="32"/>
        <source>Image %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <location filename="../src/gui/composer/attachmenttile.cpp" line="43"/>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <location filename="../src/gui/composer/attachmenttile.cpp" line="44"/>
        <source>Describe the image for people who cannot see it.</source>
        <translation>Beschreiben Sie das Bild für Menschen, die es nicht sehen können.</translation>
    </message>
    <message>
        <location filename="../src/gui/composer/attachmenttile.cpp" line="45"/>
        <source>Alt text for %1</source>
        <translation>Alternativtext für %1</translation>
    </message>
    <message>
        <location filename="../src/gui/composer/attachmenttile.cpp" line="49"/>
        <location filename="../src/gui/composer/attachmenttile.cpp" line="50"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../src/gui/composer/attachmenttile.cpp" line="83"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>AttemptTableModel</name>
    <message>
        <location filename="../src/gui/detail/attempttablemodel.cpp" line="49"/>
        <source>in flight</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/attempttablemodel.cpp" line="61"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/attempttablemodel.cpp" line="62"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/attempttablemodel.cpp" line="63"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/attempttablemodel.cpp" line="64"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/attempttablemodel.cpp" line="65"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/attempttablemodel.cpp" line="66"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>BlueskyAdapter</name>
    <message>
        <location filename="../src/core/platforms/bluesky/blueskyadapter.cpp" line="143"/>
        <source>the server answered HTTP 200 without a session</source>
        <translation>der Server antwortete mit HTTP 200, aber ohne Sitzung</translation>
    </message>
    <message>
        <location filename="../src/core/platforms/bluesky/blueskyadapter.cpp" line="145"/>
        <source>signing in with the app password failed: %1</source>
        <translation>die Anmeldung mit dem App-Passwort ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/platforms/bluesky/blueskyadapter.cpp" line="170"/>
        <source>A Bluesky account signs in with its handle: give it with --handle.</source>
        <translation>Ein Bluesky-Konto meldet sich mit seinem Handle an: Geben Sie es mit --handle an.</translation>
    </message>
    <message>
        <location filename="../src/core/platforms/bluesky/blueskyadapter.cpp" line="176"/>
        <source>%1 refused the handle or the app password (HTTP 401): check both, and use an app password, not the account&apos;s main password.</source>
        <translation>%1 hat das Handle oder das App-Passwort abgelehnt (HTTP 401): Prüfen Sie beides und verwenden Sie ein App-Passwort, nicht das Hauptpasswort des Kontos.</translation>
    </message>
    <message>
        <location filename="../src/core/platforms/bluesky/blueskyadapter.cpp" line="182"/>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../src/core/platforms/bluesky/blueskyadapter.cpp" line="232"/>
        <source>Bluesky takes at most %1 images per post</source>
        <translation>Bluesky erlaubt höchstens %1 Bilder pro Beitrag</translation>
    </message>
    <message>
        <location filename="../src/core/platforms/bluesky/blueskyadapter.cpp" line="237"/>
        <source>cannot read the image %1</source>
        <translation>das Bild %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../src/core/platforms/bluesky/blueskyadapter.cpp" line="241"/>
        <source>the image %1 is larger than Bluesky&apos;s 2,000,000 bytes</source>
        <translation>das Bild %1 ist größer als die 2.000.000 Bytes, die Bluesky erlaubt</translation>
    </message>
    <message>
        <location filename="../src/core/platforms/bluesky/blueskyadapter.cpp" line="245"/>
        <source>%1 is not an image (%2)</source>
        <translation>%1 ist kein Bild (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/platforms/bluesky/blueskyadapter.cpp" line="261"/>
        <source>the record was not prepared</source>
        <translation>der Datensatz wurde nicht vorbereitet</translation>
    </message>
    <message>
        <location filename="../src/core/platforms/bluesky/blueskyadapter.cpp" line="289"/>
        <source>the image %1 is missing or changed since the post was prepared</source>
        <translation>das Bild %1 fehlt oder wurde geändert, seit der Beitrag vorbereitet wurde</translation>
    </message>
    <message>
        <location filename="../src/core/platforms/bluesky/blueskyadapter.cpp" line="311"/>
        <source>image upload failed: %1</source>
        <translation>das Hochladen des Bildes ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/platforms/bluesky/blueskyadapter.cpp" line="317"/>
        <source>the server stored the image as %1 (%2), not as the post names it (%3, %4)</source>
        <translation>der Server hat das Bild als %1 (%2) gespeichert, nicht wie im Beitrag angegeben (%3, %4)</translation>
    </message>
    <message>
        <location filename="../src/core/platforms/bluesky/blueskyadapter.cpp" line="341"/>
        <source>the server answered HTTP 200 without the record&apos;s uri</source>
        <translation>der Server antwortete mit HTTP 200 ohne die URI des Datensatzes</translation>
    </message>
    <message>
        <location filename="../src/core/platforms/bluesky/blueskyadapter.cpp" line="359"/>
        <source>a record with this key already exists (InvalidSwap)</source>
        <translation>unter diesem Schlüssel gibt es bereits einen Datensatz (InvalidSwap)</translation>
    </message>
    <message>
        <location filename="../src/core/platforms/bluesky/blueskyadapter.cpp" line="381"/>
        <source>no record with this key</source>
        <translation>kein Datensatz mit diesem Schlüssel</translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <location filename="../src/gui/calendar/calendarmodel.cpp" line="114"/>
        <source>%1, %2 · %3
State: %4</source>
        <translation>%1, %2 · %3
Status: %4</translation>
    </message>
    <message>
        <location filename="../src/gui/calendar/calendarmodel.cpp" line="118"/>
        <source>Already sent: it can no longer be moved.</source>
        <translation>Bereits gesendet: Der Beitrag kann nicht mehr verschoben werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/calendar/calendarmodel.cpp" line="265"/>
        <source>%1 has already passed.</source>
        <translation>%1 ist bereits vorbei.</translation>
    </message>
    <message>
        <location filename="../src/gui/calendar/calendarmodel.cpp" line="297"/>
        <source>Posts can only be moved or copied onto the calendar.</source>
        <translation>Beiträge können nur innerhalb des Kalenders verschoben oder kopiert werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/calendar/calendarmodel.cpp" line="300"/>
        <source>Nothing to place here: only posts from the calendar can be dropped on it.</source>
        <translation>Hier kann nichts abgelegt werden: Nur Beiträge aus dem Kalender lassen sich hierher ziehen.</translation>
    </message>
    <message>
        <location filename="../src/gui/calendar/calendarmodel.cpp" line="326"/>
        <source>Copy post</source>
        <translation>Beitrag kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/calendar/calendarmodel.cpp" line="326"/>
        <source>Copy %1 posts</source>
        <translation>%1 Beiträge kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/calendar/calendarmodel.cpp" line="340"/>
        <source>%1 %2 has already passed. Drop the post on a later day or hour.</source>
        <translation>%1 %2 ist bereits vorbei. Legen Sie den Beitrag auf einen späteren Tag oder eine spätere Stunde.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../src/gui/calendar/calendarview.cpp" line="232"/>
        <location filename="../src/gui/calendar/calendarview.cpp" line="374"/>
        <source>Posts cannot be moved while another publisher holds the database.</source>
        <translation>Beiträge können nicht verschoben werden, solange ein anderer Veröffentlicher die Datenbank hält.</translation>
    </message>
    <message>
        <location filename="../src/gui/calendar/calendarview.cpp" line="237"/>
        <source>This post has already been sent, so it cannot be moved.</source>
        <translation>Dieser Beitrag wurde bereits gesendet und kann daher nicht verschoben werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/calendar/calendarview.cpp" line="321"/>
        <source>Post copied.</source>
        <translation>Beitrag kopiert.</translation>
    </message>
    <message>
        <location filename="../src/gui/calendar/calendarview.cpp" line="321"/>
        <source>Post moved.</source>
        <translation>Beitrag verschoben.</translation>
    </message>
</context>
<context>
    <name>CalendarWidget</name>
    <message>
        <location filename="../src/gui/calendar/calendarwidget.cpp" line="27"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../src/gui/calendar/calendarwidget.cpp" line="30"/>
        <source>Previous month or week (Alt+Left)</source>
        <translation>Vorheriger Monat oder vorherige Woche (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../src/gui/calendar/calendarwidget.cpp" line="31"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../src/gui/calendar/calendarwidget.cpp" line="35"/>
        <source>Next month or week (Alt+Right)</source>
        <translation>Nächster Monat oder nächste Woche (Alt+Rechts)</translation>
    </message>
    <message>
        <location filename="../src/gui/calendar/calendarwidget.cpp" line="36"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../src/gui/calendar/calendarwidget.cpp" line="39"/>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <location filename="../src/gui/calendar/calendarwidget.cpp" line="40"/>
        <source>Go to today (Alt+T)</source>
        <translation>Zu heute springen (Alt+T)</translation>
    </message>
    <message>
        <location filename="../src/gui/calendar/calendarwidget.cpp" line="47"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../src/gui/calendar/calendarwidget.cpp" line="48"/>
        <source>Show a month (Ctrl+2)</source>
        <translation>Einen Monat zeigen (Strg+2)</translation>
    </message>
    <message>
        <location filename="../src/gui/calendar/calendarwidget.cpp" line="49"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../src/gui/calendar/calendarwidget.cpp" line="50"/>
        <source>Show a week by the hour (Ctrl+3)</source>
        <translation>Eine Woche nach Stunden zeigen (Strg+3)</translation>
    </message>
    <message>
        <location filename="../src/gui/calendar/calendarwidget.cpp" line="166"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/app/commandline.cpp" line="74"/>
        <source>Unknown command. Commands: account, schedule, list, run, resolve (see README.md or --help).</source>
        <translation>Unbekannter Befehl. Befehle: account, schedule, list, run, resolve (siehe README.md oder --help).</translation>
    </message>
</context>
<context>
    <name>ComposerCheck</name>
    <message>
        <location filename="../src/gui/composer/composercheck.cpp" line="23"/>
        <source>Write something, or add an image.</source>
        <translation>Schreiben Sie etwas oder fügen Sie ein Bild hinzu.</translation>
    </message>
    <message>
        <location filename="../src/gui/composer/composercheck.cpp" line="50"/>
        <source>%1: %2/%3</source>
        <translation>%1: %2/%3</translation>
    </message>
    <message>
        <location filename="../src/gui/composer/composercheck.cpp" line="64"/>
        <source>%1: %2/%3 images</source>
        <translation>%1: %2/%3 Bilder</translation>
    </message>
    <message>
        <location filename="../src/gui/composer/composercheck.cpp" line="67"/>
        <source>%1, up to %2 each</source>
        <translation>%1, je bis zu %2</translation>
    </message>
    <message>
        <location filename="../src/gui/composer/composercheck.cpp" line="81"/>
        <source>Choose at least one account.</source>
        <translation>Wählen Sie mindestens ein Konto aus.</translation>
    </message>
    <message>
        <location filename="../src/gui/composer/composercheck.cpp" line="83"/>
        <source>This time has passed. Choose a later one to schedule, or post now.</source>
        <translation>Dieser Zeitpunkt ist vorbei. Wählen Sie einen späteren, um den Beitrag zu planen, oder veröffentlichen Sie ihn jetzt.</translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <location filename="../ui/composerdialog.ui" line="9"/>
        <location filename="../src/gui/composer/composerdialog.cpp" line="329"/>
        <source>New post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <location filename="../ui/composerdialog.ui" line="35"/>
        <source>What do you want to post?</source>
        <translation>Was möchten Sie veröffentlichen?</translation>
    </message>
    <message>
        <location filename="../ui/composerdialog.ui" line="41"/>
        <source>Text of the post</source>
        <translation>Text des Beitrags</translation>
    </message>
    <message>
        <location filename="../ui/composerdialog.ui" line="51"/>
        <source>Characters used per account</source>
        <translation>Verwendete Zeichen pro Konto</translation>
    </message>
    <message>
        <location filename="../ui/composerdialog.ui" line="20"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../src/gui/composer/composerdialog.cpp" line="99"/>
        <source>This post is cancelled for every account, so there is nothing left to edit.</source>
        <translation>Dieser Beitrag ist für alle Konten abgebrochen, daher gibt es nichts mehr zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../src/gui/composer/composerdialog.cpp" line="102"/>
        <source>Edit draft</source>
        <translation>Entwurf bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/gui/composer/composerdialog.cpp" line="102"/>
        <source>Edit post</source>
        <translation>Beitrag bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/gui/composer/composerdialog.cpp" line="151"/>
        <source>No accounts yet: add one with &quot;postscheduler account add&quot;.</source>
        <translation>Noch keine Konten: Fügen Sie eines mit „postscheduler account add“ hinzu.</translation>
    </message>
    <message>
        <location filename="../src/gui/composer/composerdialog.cpp" line="153"/>
        <source>A saved post keeps its accounts. To post it elsewhere too, copy it: Ctrl-drag it in the calendar.</source>
        <translation>Ein gespeicherter Beitrag behält seine Konten. Um ihn auch anderswo zu veröffentlichen, kopieren Sie ihn: Ziehen Sie ihn im Kalender mit gedrückter Strg-Taste.</translation>
    </message>
    <message>
        <location filename="../src/gui/composer/composerdialog.cpp" line="162"/>
        <source>Add images</source>
        <translation>Bilder hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/gui/composer/composerdialog.cpp" line="163"/>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../ui/composerdialog.ui" line="146"/>
        <source>Accounts:</source>
        <translation>Konten:</translation>
    </message>
    <message>
        <location filename="../ui/composerdialog.ui" line="198"/>
        <source>The time is read in this time zone.</source>
        <translation>Die Uhrzeit gilt in dieser Zeitzone.</translation>
    </message>
    <message>
        <location filename="../ui/composerdialog.ui" line="171"/>
        <source>&amp;When:</source>
        <translation>&amp;Zeitpunkt:</translation>
    </message>
    <message>
        <location filename="../ui/composerdialog.ui" line="67"/>
        <source>Images:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <location filename="../ui/composerdialog.ui" line="81"/>
        <source>Add &amp;images…</source>
        <translation>&amp;Bilder hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/composerdialog.ui" line="84"/>
        <source>Attach JPEG, PNG, GIF or WebP images</source>
        <translation>JPEG-, PNG-, GIF- oder WebP-Bilder anhängen</translation>
    </message>
    <message>
        <location filename="../ui/composerdialog.ui" line="91"/>
        <source>or drop images on this window</source>
        <translation>oder Bilder auf dieses Fenster ziehen</translation>
    </message>
    <message>
        <location filename="../ui/composerdialog.ui" line="130"/>
        <source>Images used and allowed per account</source>
        <translation>Verwendete und erlaubte Bilder pro Konto</translation>
    </message>
    <message>
        <location filename="../ui/composerdialog.ui" line="191"/>
        <source>Date and time, local</source>
        <translation>Datum und Uhrzeit, Ortszeit</translation>
    </message>
    <message>
        <location filename="../ui/composerdialog.ui" line="234"/>
        <source>Save &amp;draft</source>
        <translation>Als &amp;Entwurf speichern</translation>
    </message>
    <message>
        <location filename="../ui/composerdialog.ui" line="237"/>
        <source>Keep the post without scheduling it; the time may be left for later</source>
        <translation>Den Beitrag aufbewahren, ohne ihn zu planen; der Zeitpunkt kann später festgelegt werden</translation>
    </message>
    <message>
        <location filename="../ui/composerdialog.ui" line="254"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/composerdialog.ui" line="264"/>
        <source>Post &amp;now</source>
        <translation>&amp;Jetzt veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/composerdialog.ui" line="267"/>
        <source>Publish as soon as the publisher can</source>
        <translation>So bald wie möglich veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/composerdialog.ui" line="277"/>
        <source>&amp;Schedule</source>
        <translation>&amp;Planen</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../src/core/storage/database.cpp" line="77"/>
        <source>The database %1 is read-only. Make it writable, or choose another file with --database.</source>
        <translation>Die Datenbank %1 ist schreibgeschützt. Machen Sie sie beschreibbar oder wählen Sie mit --database eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/database.cpp" line="84"/>
        <source>Cannot create the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/storage/database.cpp" line="92"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/storage/database.cpp" line="107"/>
        <source>The database %1 cannot be read (%2). It may be damaged or not a postscheduler database; restore a backup or choose another file with --database.</source>
        <translation>Die Datenbank %1 kann nicht gelesen werden (%2). Sie ist möglicherweise beschädigt oder keine postscheduler-Datenbank; stellen Sie eine Sicherung wieder her oder wählen Sie mit --database eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/database.cpp" line="114"/>
        <source>The database %1 was written by a newer postscheduler (schema %2; this one knows up to %3). Update postscheduler; the file was not changed.</source>
        <translation>Die Datenbank %1 wurde von einer neueren postscheduler-Version geschrieben (Schema %2; diese Version kennt bis %3). Aktualisieren Sie postscheduler; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/database.cpp" line="123"/>
        <source>Cannot use the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/storage/database.cpp" line="51"/>
        <source>The database %1 is locked by another program: %2. Close it and try again.</source>
        <translation>Die Datenbank %1 ist von einem anderen Programm gesperrt: %2. Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/database.cpp" line="53"/>
        <source>The disk that holds the database %1 is full (%2). Free some space and try again.</source>
        <translation>Der Datenträger mit der Datenbank %1 ist voll (%2). Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/database.cpp" line="259"/>
        <location filename="../src/core/storage/database.cpp" line="275"/>
        <source>Cannot write to the database %1: %2</source>
        <translation>In die Datenbank %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/storage/schema.cpp" line="166"/>
        <source>Cannot update the database %1 to schema %2: %3</source>
        <translation>Die Datenbank %1 kann nicht auf Schema %2 aktualisiert werden: %3</translation>
    </message>
</context>
<context>
    <name>DeliveryDetailPane</name>
    <message>
        <location filename="../src/gui/detail/deliverydetailpane.cpp" line="54"/>
        <source>Select a post in the queue or the calendar to see its details.</source>
        <translation>Wählen Sie einen Beitrag in der Warteschlange oder im Kalender, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/deliverydetailpane.cpp" line="86"/>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/deliverydetailpane.cpp" line="87"/>
        <source>Why:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/deliverydetailpane.cpp" line="88"/>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/deliverydetailpane.cpp" line="91"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/deliverydetailpane.cpp" line="99"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/deliverydetailpane.cpp" line="116"/>
        <source>It was posted</source>
        <translation>Wurde veröffentlicht</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/deliverydetailpane.cpp" line="118"/>
        <source>You checked the account and the post is there: mark it published, never send it again.</source>
        <translation>Sie haben das Konto geprüft und der Beitrag ist vorhanden: als veröffentlicht markieren und nie wieder senden.</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/deliverydetailpane.cpp" line="119"/>
        <source>Post again</source>
        <translation>Erneut veröffentlichen</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/deliverydetailpane.cpp" line="121"/>
        <source>Send it again with the same publication key. Check first that it is not already there.</source>
        <translation>Mit demselben Veröffentlichungsschlüssel erneut senden. Prüfen Sie vorher, ob der Beitrag nicht bereits vorhanden ist.</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/deliverydetailpane.cpp" line="122"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/deliverydetailpane.cpp" line="124"/>
        <source>Do not publish this post on this account.</source>
        <translation>Diesen Beitrag nicht auf diesem Konto veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/deliverydetailpane.cpp" line="159"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/deliverydetailpane.cpp" line="165"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/deliverydetailpane.cpp" line="167"/>
        <source>not published yet</source>
        <translation>noch nicht veröffentlicht</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/deliverydetailpane.cpp" line="169"/>
        <source>none yet (made just before the first send)</source>
        <translation>noch keiner (wird unmittelbar vor dem ersten Senden erzeugt)</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/deliverydetailpane.cpp" line="189"/>
        <source>Post again?</source>
        <translation>Erneut veröffentlichen?</translation>
    </message>
    <message>
        <location filename="../src/gui/detail/deliverydetailpane.cpp" line="190"/>
        <source>If the earlier attempt did reach %1, posting again publishes a second copy.

Check the account first. Post again now?</source>
        <translation>Falls der frühere Versuch %1 doch erreicht hat, wird durch erneutes Veröffentlichen eine zweite Kopie veröffentlicht.

Prüfen Sie zuerst das Konto. Jetzt erneut veröffentlichen?</translation>
    </message>
</context>
<context>
    <name>DeliveryState</name>
    <message>
        <location filename="../src/core/model/deliverystate.cpp" line="58"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../src/core/model/deliverystate.cpp" line="59"/>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location filename="../src/core/model/deliverystate.cpp" line="60"/>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location filename="../src/core/model/deliverystate.cpp" line="61"/>
        <source>possibly sent — verifying</source>
        <translation>möglicherweise gesendet — wird geprüft</translation>
    </message>
    <message>
        <location filename="../src/core/model/deliverystate.cpp" line="62"/>
        <source>retrying</source>
        <translation>wird erneut versucht</translation>
    </message>
    <message>
        <location filename="../src/core/model/deliverystate.cpp" line="63"/>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <location filename="../src/core/model/deliverystate.cpp" line="64"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/core/model/deliverystate.cpp" line="65"/>
        <source>needs attention</source>
        <translation>erfordert Ihre Entscheidung</translation>
    </message>
    <message>
        <location filename="../src/core/model/deliverystate.cpp" line="66"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>DeliveryStore</name>
    <message>
        <location filename="../src/core/storage/deliverystore.cpp" line="191"/>
        <location filename="../src/core/storage/deliverystore.cpp" line="345"/>
        <source>There is no delivery %1.</source>
        <translation>Es gibt keine Zustellung %1.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/deliverystore.cpp" line="396"/>
        <source>Delivery %1 is %2 and cannot become %3.</source>
        <translation>Zustellung %1 hat den Status „%2“ und kann nicht in den Status „%3“ wechseln.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/deliverystore.cpp" line="466"/>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location filename="../src/core/storage/deliverystore.cpp" line="483"/>
        <source>Delivery %1 is no longer verifying.</source>
        <translation>Zustellung %1 wird nicht mehr geprüft.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/deliverystore.cpp" line="556"/>
        <source>Delivery %1 is being sent or checked right now; try again in a moment.</source>
        <translation>Zustellung %1 wird gerade gesendet oder geprüft; versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>DeliveryTableModel</name>
    <message>
        <location filename="../src/gui/queue/deliverytablemodel.cpp" line="64"/>
        <source>Open %1 in the browser</source>
        <translation>%1 im Browser öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/queue/deliverytablemodel.cpp" line="103"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../src/gui/queue/deliverytablemodel.cpp" line="104"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../src/gui/queue/deliverytablemodel.cpp" line="105"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../src/gui/queue/deliverytablemodel.cpp" line="106"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/gui/queue/deliverytablemodel.cpp" line="107"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../src/gui/queue/deliverytablemodel.cpp" line="108"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../src/app/desktopapp.cpp" line="33"/>
        <source>postscheduler is already running on %1; its window is now in front.</source>
        <translation>postscheduler läuft bereits mit der Datenbank %1; sein Fenster ist jetzt im Vordergrund.</translation>
    </message>
    <message>
        <location filename="../src/app/desktopapp.cpp" line="39"/>
        <source>postscheduler is already running on %1 but does not answer. Wait a moment, or end it, then start again.</source>
        <translation>postscheduler läuft bereits mit der Datenbank %1, antwortet aber nicht. Warten Sie einen Moment oder beenden Sie ihn und starten Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>DroppedFiles</name>
    <message>
        <location filename="../src/gui/composer/droppedfiles.cpp" line="48"/>
        <source>%1 is too large to be a post&apos;s text.</source>
        <translation>%1 ist zu groß für den Text eines Beitrags.</translation>
    </message>
    <message>
        <location filename="../src/gui/composer/droppedfiles.cpp" line="50"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/composer/droppedfiles.cpp" line="55"/>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 ist kein UTF-8-Text.</translation>
    </message>
</context>
<context>
    <name>Http</name>
    <message>
        <location filename="../src/core/publish/http.cpp" line="41"/>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <location filename="../src/core/publish/http.cpp" line="48"/>
        <source>%1 must use https:// (http:// is accepted only for this computer, such as http://127.0.0.1).</source>
        <translation>%1 muss https:// verwenden (http:// wird nur für diesen Computer akzeptiert, etwa http://127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../src/core/publish/http.cpp" line="217"/>
        <source>could not connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../src/core/publish/http.cpp" line="33"/>
        <source>the server&apos;s TLS certificate was refused (%1); check the address or the server&apos;s certificate</source>
        <translation>das TLS-Zertifikat des Servers wurde abgelehnt (%1); prüfen Sie die Adresse oder das Zertifikat des Servers</translation>
    </message>
    <message>
        <location filename="../src/core/publish/http.cpp" line="28"/>
        <source>the server&apos;s answer was larger than %1 MiB, so it was not read</source>
        <translation>die Antwort des Servers war größer als %1 MiB und wurde daher nicht gelesen</translation>
    </message>
    <message>
        <location filename="../src/core/publish/http.cpp" line="221"/>
        <source>the connection closed before the server answered</source>
        <translation>die Verbindung wurde geschlossen, bevor der Server antwortete</translation>
    </message>
    <message>
        <location filename="../src/core/publish/http.cpp" line="224"/>
        <source>no answer within the request timeout</source>
        <translation>keine Antwort innerhalb der Zeitüberschreitung für Anfragen</translation>
    </message>
    <message>
        <location filename="../src/core/publish/http.cpp" line="226"/>
        <source>the connection failed: %1</source>
        <translation>die Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/publish/http.cpp" line="230"/>
        <source>the answer was cut off: %1</source>
        <translation>die Antwort wurde abgeschnitten: %1</translation>
    </message>
    <message>
        <location filename="../src/core/publish/http.cpp" line="232"/>
        <source>rate-limited by the server (HTTP 429)</source>
        <translation>vom Server gedrosselt (HTTP 429)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/http.cpp" line="233"/>
        <source>the server is unavailable (HTTP 503)</source>
        <translation>der Server ist nicht verfügbar (HTTP 503)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/http.cpp" line="237"/>
        <source>the server timed out reading the request (HTTP 408)</source>
        <translation>Zeitüberschreitung beim Lesen der Anfrage durch den Server (HTTP 408)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/http.cpp" line="239"/>
        <source>server error (HTTP %1)%2</source>
        <translation>Serverfehler (HTTP %1)%2</translation>
    </message>
    <message>
        <location filename="../src/core/publish/http.cpp" line="243"/>
        <source>the server refused the credentials (HTTP %1%2); reconnect the account</source>
        <translation>der Server hat die Zugangsdaten abgelehnt (HTTP %1%2); verbinden Sie das Konto erneut</translation>
    </message>
    <message>
        <location filename="../src/core/publish/http.cpp" line="248"/>
        <source>the server redirected the request (HTTP %1); check the account&apos;s address</source>
        <translation>der Server hat die Anfrage umgeleitet (HTTP %1); prüfen Sie die Adresse des Kontos</translation>
    </message>
    <message>
        <location filename="../src/core/publish/http.cpp" line="251"/>
        <source>refused (HTTP %1)</source>
        <translation>abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/http.cpp" line="252"/>
        <source>refused (HTTP %1): %2</source>
        <translation>abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <location filename="../src/core/publish/http.cpp" line="270"/>
        <source>the lookup failed: %1</source>
        <translation>die Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/publish/http.cpp" line="264"/>
        <source>the lookup failed (HTTP %1)%2</source>
        <translation>die Abfrage ist fehlgeschlagen (HTTP %1)%2</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <location filename="../src/app/listcommand.cpp" line="41"/>
        <source>List deliveries.</source>
        <translation>Zustellungen auflisten.</translation>
    </message>
    <message>
        <location filename="../src/app/listcommand.cpp" line="42"/>
        <source>One JSON object per delivery and line.</source>
        <translation>Ein JSON-Objekt pro Zustellung und Zeile.</translation>
    </message>
    <message>
        <location filename="../src/app/listcommand.cpp" line="43"/>
        <source>Only deliveries in this state: %1.</source>
        <translation>Nur Zustellungen in diesem Status: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/listcommand.cpp" line="51"/>
        <source>Unknown state &quot;%1&quot;: use one of %2.</source>
        <translation>Unbekannter Status „%1“: Verwenden Sie einen der folgenden: %2.</translation>
    </message>
</context>
<context>
    <name>LocalTime</name>
    <message>
        <location filename="../src/core/util/localtime.cpp" line="52"/>
        <source>&quot;%1&quot; is not a date and time: use 2026-12-01T09:00 (local time), 2026-12-01T09:00+01:00, or now.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit: Verwenden Sie 2026-12-01T09:00 (Ortszeit), 2026-12-01T09:00+01:00 oder now.</translation>
    </message>
    <message>
        <location filename="../src/core/util/localtime.cpp" line="68"/>
        <source>&quot;%1&quot; has an impossible UTC offset.</source>
        <translation>„%1“ hat einen unmöglichen UTC-Versatz.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="9"/>
        <source>postscheduler</source>
        <translation>postscheduler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="39"/>
        <source>&amp;Review</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="42"/>
        <source>Show only the posts that may have been sent or need your decision</source>
        <translation>Nur die Beiträge anzeigen, die möglicherweise gesendet wurden oder Ihre Entscheidung erfordern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="69"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="83"/>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="95"/>
        <location filename="../ui/mainwindow.ui" line="297"/>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="107"/>
        <location filename="../src/gui/mainwindow.cpp" line="205"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="121"/>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="188"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="199"/>
        <location filename="../ui/mainwindow.ui" line="321"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="247"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="256"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="270"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="284"/>
        <source>&amp;New post…</source>
        <translation>&amp;Neuer Beitrag…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="287"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="292"/>
        <source>Add &amp;account…</source>
        <translation>&amp;Konto hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="300"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="305"/>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="308"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="313"/>
        <source>&amp;Week</source>
        <translation>W&amp;oche</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="316"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="324"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="329"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="332"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="337"/>
        <source>&amp;Edit post…</source>
        <translation>Beitrag &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="340"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="345"/>
        <source>&amp;Reschedule by…</source>
        <translation>&amp;Verschieben um…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="348"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="353"/>
        <source>D&amp;uplicate as draft</source>
        <translation>Als Entwurf &amp;duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="356"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="361"/>
        <source>&amp;Cancel delivery</source>
        <translation>Zustellung &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="366"/>
        <source>De&amp;lete post</source>
        <translation>Beitrag &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="369"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="374"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="382"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="385"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="112"/>
        <source>Not publishing from this window</source>
        <translation>Dieses Fenster veröffentlicht nicht</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="225"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="240"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="242"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="271"/>
        <source>Find posts (%1)</source>
        <translation>Beiträge suchen (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="272"/>
        <source>Find posts by their text</source>
        <translation>Beiträge nach ihrem Text suchen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="305"/>
        <source>Starting the publisher…</source>
        <translation>Veröffentlichung wird gestartet…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="319"/>
        <source>Publishing</source>
        <translation>Veröffentlichung aktiv</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="319"/>
        <source>Publishing paused</source>
        <translation>Veröffentlichung angehalten</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="340"/>
        <source>Not publishing: read-only</source>
        <translation>Keine Veröffentlichung: schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="391"/>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="423"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="425"/>
        <source>token expired</source>
        <translation>Token abgelaufen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="428"/>
        <source>rate-limited until %1</source>
        <translation>gedrosselt bis %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="432"/>
        <source>The platform refused the sign-in (%1). Add the account again with a new token or app password.</source>
        <translation>Die Plattform hat die Anmeldung abgelehnt (%1). Fügen Sie das Konto mit einem neuen Token oder App-Passwort erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="434"/>
        <source>1 post to check</source>
        <translation>1 Beitrag zu prüfen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="434"/>
        <source>%1 posts to check</source>
        <translation>%1 Beiträge zu prüfen</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="435"/>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="436"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="451"/>
        <source>All posts</source>
        <translation>Alle Beiträge</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="452"/>
        <source>Possibly sent or needing attention</source>
        <translation>Möglicherweise gesendet oder Entscheidung erforderlich</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="495"/>
        <source>1 post possibly sent — verifying</source>
        <translation>1 Beitrag möglicherweise gesendet — wird geprüft</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="496"/>
        <source>%1 posts possibly sent — verifying</source>
        <translation>%1 Beiträge möglicherweise gesendet — werden geprüft</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="497"/>
        <source>1 needs attention</source>
        <translation>1 erfordert Ihre Entscheidung</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="497"/>
        <source>%1 need attention</source>
        <translation>%1 erfordern Ihre Entscheidung</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="509"/>
        <source>No post contains &quot;%1&quot;.</source>
        <translation>Kein Beitrag enthält „%1“.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="600"/>
        <source>%1 posts selected: a change applies to at most %2 at a time. Show fewer with the account, the state or Find.</source>
        <translation>%1 Beiträge ausgewählt: Eine Änderung gilt für höchstens %2 auf einmal. Zeigen Sie weniger mit dem Konto, dem Status oder der Suche.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="693"/>
        <source>Draft saved.</source>
        <translation>Entwurf gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="720"/>
        <source>Post changed. Undo with %1.</source>
        <translation>Beitrag geändert. Rückgängig mit %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="730"/>
        <source>Account %1 added.</source>
        <translation>Konto %1 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="511"/>
        <source>Nothing to show here. Choose &quot;All posts&quot; and &quot;All accounts&quot; to see everything.</source>
        <translation>Hier gibt es nichts anzuzeigen. Wählen Sie „Alle Beiträge“ und „Alle Konten“, um alles zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="513"/>
        <source>No posts yet.</source>
        <translation>Noch keine Beiträge.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="515"/>
        <source>No posts yet.
Press %1 to write one.</source>
        <translation>Noch keine Beiträge.
Drücken Sie %1, um einen zu verfassen.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="541"/>
        <source>Cannot open %1: no web browser is set up.</source>
        <translation>%1 kann nicht geöffnet werden: Es ist kein Webbrowser eingerichtet.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="634"/>
        <source>Rescheduled 1 post. Undo with %1.</source>
        <translation>1 Beitrag verschoben. Rückgängig mit %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="635"/>
        <source>Rescheduled %1 posts. Undo with %2.</source>
        <translation>%1 Beiträge verschoben. Rückgängig mit %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="645"/>
        <source>Duplicated 1 post as a draft.</source>
        <translation>1 Beitrag als Entwurf dupliziert.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="645"/>
        <source>Duplicated %1 posts as drafts.</source>
        <translation>%1 Beiträge als Entwürfe dupliziert.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="661"/>
        <source>Cancelled 1 delivery. Undo with %1.</source>
        <translation>1 Zustellung abgebrochen. Rückgängig mit %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="662"/>
        <source>Cancelled %1 deliveries. Undo with %2.</source>
        <translation>%1 Zustellungen abgebrochen. Rückgängig mit %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="672"/>
        <source>Deleted 1 post. Undo with %1.</source>
        <translation>1 Beitrag gelöscht. Rückgängig mit %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="673"/>
        <source>Deleted %1 posts. Undo with %2.</source>
        <translation>%1 Beiträge gelöscht. Rückgängig mit %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="693"/>
        <source>Post scheduled.</source>
        <translation>Beitrag geplant.</translation>
    </message>
</context>
<context>
    <name>MastodonAdapter</name>
    <message>
        <location filename="../src/core/platforms/mastodon/mastodonadapter.cpp" line="76"/>
        <source>%1 does not answer as a Mastodon server: %2</source>
        <translation>%1 antwortet nicht wie ein Mastodon-Server: %2</translation>
    </message>
    <message>
        <location filename="../src/core/platforms/mastodon/mastodonadapter.cpp" line="88"/>
        <source>%1 refused the access token: %2</source>
        <translation>%1 hat das Zugriffstoken abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../src/core/platforms/mastodon/mastodonadapter.cpp" line="116"/>
        <source>cannot read the media file %1</source>
        <translation>die Mediendatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../src/core/platforms/mastodon/mastodonadapter.cpp" line="144"/>
        <source>media upload failed: %1</source>
        <translation>Hochladen der Medien fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/platforms/mastodon/mastodonadapter.cpp" line="175"/>
        <source>the server did not finish processing the media (HTTP %1)</source>
        <translation>der Server hat die Verarbeitung der Medien nicht abgeschlossen (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../src/core/platforms/mastodon/mastodonadapter.cpp" line="200"/>
        <source>the server answered HTTP %1 without a status</source>
        <translation>der Server antwortete mit HTTP %1 ohne Status</translation>
    </message>
</context>
<context>
    <name>MastodonVerifier</name>
    <message>
        <location filename="../src/core/platforms/mastodon/mastodonverifier.cpp" line="71"/>
        <source>the server&apos;s answer is not a list of statuses</source>
        <translation>die Antwort des Servers ist keine Liste von Beiträgen</translation>
    </message>
    <message>
        <location filename="../src/core/platforms/mastodon/mastodonverifier.cpp" line="75"/>
        <source>the server listed a malformed status</source>
        <translation>der Server hat einen fehlerhaften Status aufgelistet</translation>
    </message>
    <message>
        <location filename="../src/core/platforms/mastodon/mastodonverifier.cpp" line="79"/>
        <source>found on the account</source>
        <translation>im Konto gefunden</translation>
    </message>
    <message>
        <location filename="../src/core/platforms/mastodon/mastodonverifier.cpp" line="85"/>
        <source>not on the account since the first send</source>
        <translation>seit dem ersten Senden nicht im Konto vorhanden</translation>
    </message>
    <message>
        <location filename="../src/core/platforms/mastodon/mastodonverifier.cpp" line="90"/>
        <source>too many statuses since the first send to search them all</source>
        <translation>seit dem ersten Senden zu viele Status, um alle zu durchsuchen</translation>
    </message>
    <message>
        <location filename="../src/core/platforms/mastodon/mastodonverifier.cpp" line="95"/>
        <source>the server pointed the next page to another host</source>
        <translation>der Server hat für die nächste Seite auf einen anderen Host verwiesen</translation>
    </message>
</context>
<context>
    <name>MediaRules</name>
    <message>
        <location filename="../src/core/publish/mediarules.cpp" line="24"/>
        <source>The account %1 uses an unknown platform.</source>
        <translation>Das Konto %1 verwendet eine unbekannte Plattform.</translation>
    </message>
    <message>
        <location filename="../src/core/publish/mediarules.cpp" line="27"/>
        <source>%1 takes up to %2 images per post; remove %3.</source>
        <translation>%1 erlaubt bis zu %2 Bilder pro Beitrag; entfernen Sie %3.</translation>
    </message>
    <message>
        <location filename="../src/core/publish/mediarules.cpp" line="35"/>
        <source>%1 cannot be read any more; remove it or add it again.</source>
        <translation>%1 kann nicht mehr gelesen werden; entfernen Sie die Datei oder fügen Sie sie erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../src/core/publish/mediarules.cpp" line="38"/>
        <source>%1 has %2 bytes; %3 takes files up to %4 bytes. Use a smaller image.</source>
        <translation>%1 hat %2 Bytes; %3 erlaubt Dateien bis %4 Bytes. Verwenden Sie ein kleineres Bild.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../src/gui/calendar/monthview.cpp" line="29"/>
        <source>Month calendar</source>
        <translation>Monatskalender</translation>
    </message>
    <message>
        <location filename="../src/gui/calendar/monthview.cpp" line="30"/>
        <source>Posts by day. Drag a post to another day to move it, keeping its time; hold Ctrl to copy it.</source>
        <translation>Beiträge nach Tagen. Ziehen Sie einen Beitrag auf einen anderen Tag, um ihn mit gleicher Uhrzeit zu verschieben; halten Sie Strg gedrückt, um ihn zu kopieren.</translation>
    </message>
    <message>
        <location filename="../src/gui/calendar/monthview.cpp" line="170"/>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
</context>
<context>
    <name>NotificationBatch</name>
    <message>
        <location filename="../src/gui/tray/notificationbatch.cpp" line="58"/>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/notificationbatch.cpp" line="81"/>
        <source>Post published</source>
        <translation>Beitrag veröffentlicht</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/notificationbatch.cpp" line="83"/>
        <source>Post failed</source>
        <translation>Beitrag fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/notificationbatch.cpp" line="85"/>
        <source>Post possibly sent — verifying</source>
        <translation>Beitrag möglicherweise gesendet — wird geprüft</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/notificationbatch.cpp" line="87"/>
        <source>Post needs your attention</source>
        <translation>Beitrag erfordert Ihre Entscheidung</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/notificationbatch.cpp" line="99"/>
        <source>1 post scheduled</source>
        <translation>1 Beitrag geplant</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/notificationbatch.cpp" line="99"/>
        <source>%1 posts scheduled</source>
        <translation>%1 Beiträge geplant</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/notificationbatch.cpp" line="101"/>
        <source>1 post published</source>
        <translation>1 Beitrag veröffentlicht</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/notificationbatch.cpp" line="101"/>
        <source>%1 posts published</source>
        <translation>%1 Beiträge veröffentlicht</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/notificationbatch.cpp" line="103"/>
        <source>1 post failed</source>
        <translation>1 Beitrag fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/notificationbatch.cpp" line="103"/>
        <source>%1 posts failed</source>
        <translation>%1 Beiträge fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/notificationbatch.cpp" line="105"/>
        <source>1 post possibly sent — verifying</source>
        <translation>1 Beitrag möglicherweise gesendet — wird geprüft</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/notificationbatch.cpp" line="106"/>
        <source>%1 posts possibly sent — verifying</source>
        <translation>%1 Beiträge möglicherweise gesendet — werden geprüft</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/notificationbatch.cpp" line="108"/>
        <source>1 post needs your attention</source>
        <translation>1 Beitrag erfordert Ihre Entscheidung</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/notificationbatch.cpp" line="108"/>
        <source>%1 posts need your attention</source>
        <translation>%1 Beiträge erfordern Ihre Entscheidung</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/notificationbatch.cpp" line="119"/>
        <source>“%1” on %2</source>
        <translation>„%1“ auf %2</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/notificationbatch.cpp" line="124"/>
        <source>“%1…” on %2</source>
        <translation>„%1…“ auf %2</translation>
    </message>
</context>
<context>
    <name>OffsetDialog</name>
    <message>
        <location filename="../ui/offsetdialog.ui" line="6"/>
        <source>Reschedule by</source>
        <translation>Verschieben um</translation>
    </message>
    <message>
        <location filename="../src/gui/queue/offsetdialog.cpp" line="16"/>
        <source>Move the chosen post:</source>
        <translation>Den gewählten Beitrag verschieben:</translation>
    </message>
    <message>
        <location filename="../src/gui/queue/offsetdialog.cpp" line="16"/>
        <source>Move the %1 chosen posts:</source>
        <translation>Die %1 gewählten Beiträge verschieben:</translation>
    </message>
    <message>
        <location filename="../src/gui/queue/offsetdialog.cpp" line="17"/>
        <source>later by</source>
        <translation>später um</translation>
    </message>
    <message>
        <location filename="../src/gui/queue/offsetdialog.cpp" line="18"/>
        <source>earlier by</source>
        <translation>früher um</translation>
    </message>
    <message>
        <location filename="../src/gui/queue/offsetdialog.cpp" line="19"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../src/gui/queue/offsetdialog.cpp" line="20"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../src/gui/queue/offsetdialog.cpp" line="21"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../src/gui/queue/offsetdialog.cpp" line="22"/>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location filename="../src/gui/queue/offsetdialog.cpp" line="24"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../src/gui/queue/offsetdialog.cpp" line="25"/>
        <source>Amount</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../src/gui/queue/offsetdialog.cpp" line="26"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
</context>
<context>
    <name>PauseAction</name>
    <message>
        <location filename="../src/gui/pauseaction.cpp" line="29"/>
        <source>&amp;Resume publishing</source>
        <translation>Veröffentlichung &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../src/gui/pauseaction.cpp" line="29"/>
        <source>&amp;Pause publishing</source>
        <translation>Veröffentlichung an&amp;halten</translation>
    </message>
    <message>
        <location filename="../src/gui/pauseaction.cpp" line="30"/>
        <source>Send and verify due posts again</source>
        <translation>Fällige Beiträge wieder senden und prüfen</translation>
    </message>
    <message>
        <location filename="../src/gui/pauseaction.cpp" line="31"/>
        <source>Send nothing until you resume; scheduled posts wait</source>
        <translation>Nichts senden, bis Sie fortsetzen; geplante Beiträge warten</translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message>
        <location filename="../src/gui/undo/canceldeliveriescommand.cpp" line="9"/>
        <source>Cancel delivery</source>
        <translation>Zustellung abbrechen</translation>
    </message>
    <message>
        <location filename="../src/gui/undo/canceldeliveriescommand.cpp" line="10"/>
        <source>Cancel %1 deliveries</source>
        <translation>%1 Zustellungen abbrechen</translation>
    </message>
    <message>
        <location filename="../src/gui/undo/canceldeliveriescommand.cpp" line="28"/>
        <source>the user undid the cancel</source>
        <translation>der Benutzer hat den Abbruch rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../src/gui/undo/editpostcommand.cpp" line="8"/>
        <source>Edit post</source>
        <translation>Beitrag bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/gui/undo/postactions.cpp" line="100"/>
        <source>Duplicate post</source>
        <translation>Beitrag duplizieren</translation>
    </message>
    <message>
        <location filename="../src/gui/undo/postactions.cpp" line="100"/>
        <source>Duplicate %1 posts</source>
        <translation>%1 Beiträge duplizieren</translation>
    </message>
    <message>
        <location filename="../src/gui/undo/removepostscommand.cpp" line="6"/>
        <source>Delete post</source>
        <translation>Beitrag löschen</translation>
    </message>
    <message>
        <location filename="../src/gui/undo/removepostscommand.cpp" line="7"/>
        <source>Delete %1 posts</source>
        <translation>%1 Beiträge löschen</translation>
    </message>
    <message>
        <location filename="../src/gui/undo/reschedulecommand.cpp" line="6"/>
        <source>Reschedule post</source>
        <translation>Beitrag verschieben</translation>
    </message>
    <message>
        <location filename="../src/gui/undo/reschedulecommand.cpp" line="7"/>
        <source>Reschedule %1 posts</source>
        <translation>%1 Beiträge verschieben</translation>
    </message>
</context>
<context>
    <name>PostStore</name>
    <message>
        <location filename="../src/core/storage/poststore.cpp" line="74"/>
        <location filename="../src/core/storage/poststore.cpp" line="169"/>
        <source>There is no post %1.</source>
        <translation>Es gibt keinen Beitrag %1.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/poststore.cpp" line="122"/>
        <source>This post has already been sent to at least one account, so it can no longer be changed.</source>
        <translation>Dieser Beitrag wurde bereits an mindestens ein Konto gesendet und kann daher nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/poststore.cpp" line="195"/>
        <source>This post cannot become %1.</source>
        <translation>Dieser Beitrag kann nicht in den Status „%1“ wechseln.</translation>
    </message>
    <message>
        <location filename="../src/core/storage/poststore.cpp" line="250"/>
        <source>This post has a history (a send, a check or a decision), which is kept: cancel it instead of deleting it.</source>
        <translation>Dieser Beitrag hat einen Verlauf (ein Senden, eine Prüfung oder eine Entscheidung), der erhalten bleibt: Brechen Sie ihn ab, statt ihn zu löschen.</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <location filename="../src/core/publish/publisher.cpp" line="320"/>
        <source>missed its time: it was due at %1 UTC, more than %2 minutes ago; post it now or reschedule it</source>
        <translation>Zeitpunkt verpasst: fällig um %1 UTC, vor mehr als %2 Minuten; veröffentlichen Sie ihn jetzt oder planen Sie ihn neu</translation>
    </message>
    <message>
        <location filename="../src/core/publish/publisher.cpp" line="334"/>
        <source>possibly sent before the publisher stopped, and %1 cannot be asked: check it, then choose &quot;It was posted&quot; or &quot;Post again&quot;</source>
        <translation>möglicherweise gesendet, bevor die Veröffentlichung anhielt, und %1 kann nicht abgefragt werden: Prüfen Sie das Konto und wählen Sie dann „Wurde veröffentlicht“ oder „Erneut veröffentlichen“</translation>
    </message>
    <message>
        <location filename="../src/core/publish/publisher.cpp" line="362"/>
        <source>the account %1 uses an unknown platform &quot;%2&quot;</source>
        <translation>das Konto %1 verwendet eine unbekannte Plattform „%2“</translation>
    </message>
    <message>
        <location filename="../src/core/publish/publisher.cpp" line="369"/>
        <source>cannot read the token of %1: %2</source>
        <translation>das Token von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/publish/publisher.cpp" line="492"/>
        <source>Delivery %1 was not sent, because its publication key could not be saved: %2</source>
        <translation>Zustellung %1 wurde nicht gesendet, weil ihr Veröffentlichungsschlüssel nicht gespeichert werden konnte: %2</translation>
    </message>
    <message>
        <location filename="../src/core/publish/publisher.cpp" line="539"/>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <location filename="../src/core/publish/publisher.cpp" line="552"/>
        <source>not sent (%1); trying again at %2 UTC</source>
        <translation>nicht gesendet (%1); neuer Versuch um %2 UTC</translation>
    </message>
    <message>
        <location filename="../src/core/publish/publisher.cpp" line="566"/>
        <location filename="../src/core/publish/publisher.cpp" line="616"/>
        <source>possibly sent — verifying (%1)</source>
        <translation>möglicherweise gesendet — wird geprüft (%1)</translation>
    </message>
    <message>
        <location filename="../src/core/publish/publisher.cpp" line="567"/>
        <source>possibly sent (%1), and %2 cannot be asked: check the account, then choose &quot;It was posted&quot; or &quot;Post again&quot;</source>
        <translation>möglicherweise gesendet (%1), und %2 kann nicht abgefragt werden: Prüfen Sie das Konto und wählen Sie dann „Wurde veröffentlicht“ oder „Erneut veröffentlichen“</translation>
    </message>
    <message>
        <location filename="../src/core/publish/publisher.cpp" line="597"/>
        <source>verified: the platform shows the post</source>
        <translation>geprüft: die Plattform zeigt den Beitrag</translation>
    </message>
    <message>
        <location filename="../src/core/publish/publisher.cpp" line="604"/>
        <source>verified: the post is not there; sending it again with the same key</source>
        <translation>geprüft: der Beitrag ist nicht vorhanden; er wird mit demselben Schlüssel erneut gesendet</translation>
    </message>
    <message>
        <location filename="../src/core/publish/publisher.cpp" line="613"/>
        <source>cannot tell whether it was posted (%1): check %2, then choose &quot;It was posted&quot; or &quot;Post again&quot;</source>
        <translation>unklar, ob er veröffentlicht wurde (%1): Prüfen Sie %2 und wählen Sie dann „Wurde veröffentlicht“ oder „Erneut veröffentlichen“</translation>
    </message>
    <message>
        <location filename="../src/core/publish/publisher.cpp" line="502"/>
        <source>Could not record the outcome of delivery %1 (%2); trying again.</source>
        <translation>Das Ergebnis der Zustellung %1 konnte nicht gespeichert werden (%2); neuer Versuch.</translation>
    </message>
    <message>
        <location filename="../src/core/publish/passwriter.cpp" line="100"/>
        <source>the outcome of its account&apos;s previous post is not recorded yet</source>
        <translation>das Ergebnis des vorigen Beitrags dieses Kontos ist noch nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>PublisherLease</name>
    <message>
        <location filename="../src/core/storage/publisherlease.cpp" line="47"/>
        <source>Another postscheduler (process %1 on %2) is publishing from this database. Stop it, or wait until %3 UTC if it has crashed.</source>
        <translation>Ein anderer postscheduler (Prozess %1 auf %2) veröffentlicht bereits aus dieser Datenbank. Beenden Sie ihn oder warten Sie bis %3 UTC, falls er abgestürzt ist.</translation>
    </message>
</context>
<context>
    <name>ResolveCommand</name>
    <message>
        <location filename="../src/app/resolvecommand.cpp" line="27"/>
        <source>Decide a delivery that needs attention.</source>
        <translation>Über eine Zustellung entscheiden, die Ihre Entscheidung erfordert.</translation>
    </message>
    <message>
        <location filename="../src/app/resolvecommand.cpp" line="28"/>
        <source>The delivery id (see: list).</source>
        <translation>Die ID der Zustellung (siehe: list).</translation>
    </message>
    <message>
        <location filename="../src/app/resolvecommand.cpp" line="29"/>
        <source>It was posted: mark it published.</source>
        <translation>Wurde veröffentlicht: als veröffentlicht markieren.</translation>
    </message>
    <message>
        <location filename="../src/app/resolvecommand.cpp" line="30"/>
        <source>It was not posted: post it again (same publication key).</source>
        <translation>Wurde nicht veröffentlicht: erneut veröffentlichen (gleicher Veröffentlichungsschlüssel).</translation>
    </message>
    <message>
        <location filename="../src/app/resolvecommand.cpp" line="31"/>
        <source>Cancel it.</source>
        <translation>Abbrechen.</translation>
    </message>
    <message>
        <location filename="../src/app/resolvecommand.cpp" line="37"/>
        <source>Give one delivery id: resolve DELIVERY --posted|--not-posted|--cancel.</source>
        <translation>Geben Sie genau eine Zustellungs-ID an: resolve DELIVERY --posted|--not-posted|--cancel.</translation>
    </message>
    <message>
        <location filename="../src/app/resolvecommand.cpp" line="40"/>
        <source>Choose exactly one of --posted, --not-posted and --cancel.</source>
        <translation>Wählen Sie genau eine der Optionen --posted, --not-posted und --cancel.</translation>
    </message>
    <message>
        <location filename="../src/app/resolvecommand.cpp" line="52"/>
        <source>Delivery %1: done.</source>
        <translation>Zustellung %1: erledigt.</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <location filename="../src/app/runcommand.cpp" line="62"/>
        <source>Publish due posts without a window.</source>
        <translation>Fällige Beiträge ohne Fenster veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../src/app/runcommand.cpp" line="63"/>
        <source>Exit once nothing is due or in flight.</source>
        <translation>Beenden, sobald nichts mehr fällig ist oder läuft.</translation>
    </message>
    <message>
        <location filename="../src/app/runcommand.cpp" line="64"/>
        <source>Seconds to wait for each request (default 30).</source>
        <translation>Wartezeit in Sekunden für jede Anfrage (Standard: 30).</translation>
    </message>
    <message>
        <location filename="../src/app/runcommand.cpp" line="65"/>
        <source>Minutes after which a missed post waits for you (default 60).</source>
        <translation>Minuten, nach denen ein verpasster Beitrag auf Ihre Entscheidung wartet (Standard: 60).</translation>
    </message>
    <message>
        <location filename="../src/app/runcommand.cpp" line="66"/>
        <source>Seconds to wait before verifying an unknown outcome (default 10).</source>
        <translation>Wartezeit in Sekunden, bevor ein unbekanntes Ergebnis geprüft wird (Standard: 10).</translation>
    </message>
    <message>
        <location filename="../src/app/runcommand.cpp" line="68"/>
        <source>Seconds of the first retry delay (default 5).</source>
        <translation>Verzögerung in Sekunden vor dem ersten erneuten Versuch (Standard: 5).</translation>
    </message>
    <message>
        <location filename="../src/app/runcommand.cpp" line="79"/>
        <source>--%1 needs a number of at least %2.</source>
        <translation>--%1 erfordert eine Zahl von mindestens %2.</translation>
    </message>
    <message>
        <location filename="../src/app/runcommand.cpp" line="94"/>
        <source>Publishing from %1.</source>
        <translation>Veröffentlichung aus der Datenbank %1 gestartet.</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <location filename="../src/app/schedulecommand.cpp" line="30"/>
        <source>The text is empty: give it with --text.</source>
        <translation>Der Text ist leer: Geben Sie ihn mit --text an.</translation>
    </message>
    <message>
        <location filename="../src/app/schedulecommand.cpp" line="44"/>
        <source>The media file %1 does not exist or cannot be read.</source>
        <translation>Die Mediendatei %1 existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../src/app/schedulecommand.cpp" line="56"/>
        <source>Schedule a post.</source>
        <translation>Einen Beitrag planen.</translation>
    </message>
    <message>
        <location filename="../src/app/schedulecommand.cpp" line="57"/>
        <source>An account to post to (repeat for several).</source>
        <translation>Ein Konto, auf dem veröffentlicht wird (für mehrere wiederholen).</translation>
    </message>
    <message>
        <location filename="../src/app/schedulecommand.cpp" line="58"/>
        <source>When: ISO 8601 with an offset, local time (2026-12-01T09:00), or now.</source>
        <translation>Zeitpunkt: ISO 8601 mit Versatz, Ortszeit (2026-12-01T09:00) oder now.</translation>
    </message>
    <message>
        <location filename="../src/app/schedulecommand.cpp" line="59"/>
        <source>The text of the post.</source>
        <translation>Der Text des Beitrags.</translation>
    </message>
    <message>
        <location filename="../src/app/schedulecommand.cpp" line="60"/>
        <source>An image or video to attach (repeat for several).</source>
        <translation>Ein anzuhängendes Bild oder Video (für mehrere wiederholen).</translation>
    </message>
    <message>
        <location filename="../src/app/schedulecommand.cpp" line="64"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../src/app/schedulecommand.cpp" line="66"/>
        <source>Name at least one account with --account.</source>
        <translation>Geben Sie mit --account mindestens ein Konto an.</translation>
    </message>
    <message>
        <location filename="../src/app/schedulecommand.cpp" line="68"/>
        <source>Say when with --at (for example --at 2026-12-01T09:00, or --at now).</source>
        <translation>Geben Sie den Zeitpunkt mit --at an (zum Beispiel --at 2026-12-01T09:00 oder --at now).</translation>
    </message>
    <message>
        <location filename="../src/app/schedulecommand.cpp" line="87"/>
        <source>There is no account named &quot;%1&quot; (see: account list).</source>
        <translation>Es gibt kein Konto namens „%1“ (siehe: account list).</translation>
    </message>
    <message>
        <location filename="../src/app/schedulecommand.cpp" line="104"/>
        <source>Scheduled post %1 for %2 (local time).</source>
        <translation>Beitrag %1 für %2 (Ortszeit) geplant.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../src/core/secrets/filesecretstore.cpp" line="23"/>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Die Geheimnisdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/secrets/filesecretstore.cpp" line="34"/>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>Die Geheimnisdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/secrets/filesecretstore.cpp" line="45"/>
        <source>No token is stored for this account in %1; add the account again.</source>
        <translation>Für dieses Konto ist in %1 kein Token gespeichert; fügen Sie das Konto erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../src/core/secrets/filesecretstore.cpp" line="69"/>
        <source>Secrets are kept in the file %1 (readable only by you), not in the system keychain.</source>
        <translation>Geheimnisse werden in der Datei %1 (nur für Sie lesbar) aufbewahrt, nicht im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../src/core/secrets/keychainsecretstore.cpp" line="25"/>
        <source>The system keychain did not answer (%1). Start a keychain service such as gnome-keyring, or use --secret-store file to keep secrets in a private file.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet (%1). Starten Sie einen Schlüsselbunddienst wie gnome-keyring oder verwenden Sie --secret-store file, um Geheimnisse in einer privaten Datei aufzubewahren.</translation>
    </message>
    <message>
        <location filename="../src/core/secrets/keychainsecretstore.cpp" line="38"/>
        <source>No token is stored for this account in the keychain; add the account again.</source>
        <translation>Für dieses Konto ist im Schlüsselbund kein Token gespeichert; fügen Sie das Konto erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../src/core/secrets/secretstore.cpp" line="18"/>
        <source>Unknown secret store &quot;%1&quot;: use keychain or file.</source>
        <translation>Unbekannter Geheimnisspeicher „%1“: Verwenden Sie keychain oder file.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.ui" line="6"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="15"/>
        <source>Publishing</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="21"/>
        <source>&amp;Late-post limit:</source>
        <translation>Verspätungs&amp;grenze:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="31"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="38"/>
        <source>A post that could not be sent within this time after its scheduled time (the computer was off, say) waits for your decision instead of going out late.</source>
        <translation>Ein Beitrag, der nicht innerhalb dieser Zeit nach seinem geplanten Zeitpunkt gesendet werden konnte (etwa weil der Computer aus war), wartet auf Ihre Entscheidung, statt verspätet veröffentlicht zu werden.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="48"/>
        <source>&amp;Request timeout:</source>
        <translation>&amp;Zeitüberschreitung für Anfragen:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="58"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="65"/>
        <source>How long a silent server is given. After that the post counts as possibly sent, and the app checks whether it arrived before sending anything again.</source>
        <translation>So lange wird auf einen Server gewartet, der nicht antwortet. Danach gilt der Beitrag als möglicherweise gesendet, und das Programm prüft, ob er angekommen ist, bevor es erneut etwas sendet.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="78"/>
        <source>Show &amp;notifications when a post is</source>
        <translation>&amp;Benachrichtigungen anzeigen, wenn ein Beitrag</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="87"/>
        <source>&amp;published</source>
        <translation>&amp;veröffentlicht wurde</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="94"/>
        <source>&amp;failed</source>
        <translation>&amp;fehlgeschlagen ist</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="101"/>
        <source>possibly sent — &amp;verifying</source>
        <translation>möglicherweise gesendet wurde und ge&amp;prüft wird</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="108"/>
        <source>in need of your &amp;attention</source>
        <translation>Ihre &amp;Entscheidung erfordert</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="118"/>
        <source>Start</source>
        <translation>Programmstart</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="124"/>
        <source>Start &amp;minimized (in the tray where there is one)</source>
        <translation>&amp;Minimiert starten (im Infobereich, sofern vorhanden)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="131"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="144"/>
        <source>A new language takes effect when postscheduler starts again.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von postscheduler wirksam.</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/settingsdialog.cpp" line="24"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/settingsdialog.cpp" line="25"/>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/settings/settingsdialog.cpp" line="93"/>
        <source>The settings could not be saved to %1. Check that its folder can be written to, then try again.</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden. Prüfen Sie, ob der Ordner beschreibbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../src/gui/singleinstance.cpp" line="74"/>
        <source>Another launch of postscheduler cannot bring this window to the front: %1</source>
        <translation>Ein weiterer Start von postscheduler kann dieses Fenster nicht in den Vordergrund holen: %1</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <location filename="../src/core/publish/textrules.cpp" line="29"/>
        <source>The account %1 uses an unknown platform.</source>
        <translation>Das Konto %1 verwendet eine unbekannte Plattform.</translation>
    </message>
    <message>
        <location filename="../src/core/publish/textrules.cpp" line="34"/>
        <source>The text has %1 characters; %2 allows %3.</source>
        <translation>Der Text hat %1 Zeichen; %2 erlaubt %3.</translation>
    </message>
    <message>
        <location filename="../src/core/publish/textrules.cpp" line="38"/>
        <source>The text takes %1 bytes; %2 allows %3.</source>
        <translation>Der Text belegt %1 Bytes; %2 erlaubt %3.</translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <location filename="../src/gui/composer/thumbnails.cpp" line="36"/>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/composer/thumbnails.cpp" line="38"/>
        <source>%1 is not a JPEG, PNG, GIF or WebP image, so it cannot be attached.</source>
        <translation>%1 ist kein JPEG-, PNG-, GIF- oder WebP-Bild und kann daher nicht angehängt werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/composer/thumbnails.cpp" line="54"/>
        <source>%1 cannot be shown: %2</source>
        <translation>%1 kann nicht angezeigt werden: %2</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../src/gui/tray/traycontroller.cpp" line="99"/>
        <source>&amp;Show postscheduler</source>
        <translation>postscheduler &amp;anzeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/traycontroller.cpp" line="100"/>
        <source>&amp;New post…</source>
        <translation>&amp;Neuer Beitrag…</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/traycontroller.cpp" line="107"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/traycontroller.cpp" line="30"/>
        <source>Still publishing. To stop, choose File → Quit.</source>
        <translation>Die Veröffentlichung läuft weiter. Zum Beenden wählen Sie Datei → Beenden.</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/traycontroller.cpp" line="170"/>
        <source>postscheduler is still running</source>
        <translation>postscheduler läuft weiter</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/traycontroller.cpp" line="171"/>
        <source>Publishing is paused. Resume it, or stop postscheduler with Quit, from this icon&apos;s menu.</source>
        <translation>Die Veröffentlichung ist angehalten. Setzen Sie sie über das Menü dieses Symbols fort oder beenden Sie postscheduler dort mit „Beenden“.</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/traycontroller.cpp" line="173"/>
        <source>It keeps sending your scheduled posts while the window is closed. To stop it, choose Quit in this icon&apos;s menu.</source>
        <translation>postscheduler sendet Ihre geplanten Beiträge weiter, während das Fenster geschlossen ist. Zum Beenden wählen Sie „Beenden“ im Menü dieses Symbols.</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/traycontroller.cpp" line="221"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/traycontroller.cpp" line="238"/>
        <source>postscheduler</source>
        <translation>postscheduler</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/traycontroller.cpp" line="240"/>
        <source>Publishing paused</source>
        <translation>Veröffentlichung angehalten</translation>
    </message>
</context>
<context>
    <name>UserDecision</name>
    <message>
        <location filename="../src/core/publish/userdecision.cpp" line="10"/>
        <source>the user confirmed that it was posted</source>
        <translation>der Benutzer hat bestätigt, dass er veröffentlicht wurde</translation>
    </message>
    <message>
        <location filename="../src/core/publish/userdecision.cpp" line="13"/>
        <source>the user asked to post it again</source>
        <translation>der Benutzer hat die erneute Veröffentlichung angefordert</translation>
    </message>
    <message>
        <location filename="../src/core/publish/userdecision.cpp" line="15"/>
        <source>cancelled by the user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
</context>
<context>
    <name>WebhookAdapter</name>
    <message>
        <location filename="../src/core/platforms/webhook/webhookadapter.cpp" line="85"/>
        <source>a webhook cannot be asked whether it received a post</source>
        <translation>ein Webhook kann nicht gefragt werden, ob er einen Beitrag empfangen hat</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../src/gui/calendar/weekview.cpp" line="18"/>
        <source>Week calendar</source>
        <translation>Wochenkalender</translation>
    </message>
    <message>
        <location filename="../src/gui/calendar/weekview.cpp" line="19"/>
        <source>Posts by day and hour. Drag a post to another hour to move it, keeping its minutes; hold Ctrl to copy it.</source>
        <translation>Beiträge nach Tagen und Stunden. Ziehen Sie einen Beitrag auf eine andere Stunde, um ihn mit gleichen Minuten zu verschieben; halten Sie Strg gedrückt, um ihn zu kopieren.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/desktopapp.cpp" line="69"/>
        <source>Cannot open the database %1.

Choose another file with --database, or restore a backup.</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden.

Wählen Sie mit --database eine andere Datei oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
</context>
</TS>
