<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>vx::ui::AboutDialog</name>
    <message>
        <location filename="../ui/about_dialog.cpp" line="13"/>
        <source>About VX Studio</source>
        <translation>Über VX Studio</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.cpp" line="21"/>
        <source>&lt;h2&gt;VX Studio %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;VX Studio %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.cpp" line="26"/>
        <source>Talking-head videos from one portrait and a voice recording, driven by the V-Express model.</source>
        <translation>Sprechende Porträtvideos aus einem Foto und einer Sprachaufnahme, angetrieben vom V-Express-Modell.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/about_dialog.cpp" line="44"/>
        <source>available (%n device(s))</source>
        <translation>
            <numerusform>verfügbar (%n Gerät)</numerusform>
            <numerusform>verfügbar (%n Geräte)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.cpp" line="45"/>
        <source>not available (the engine runs on the CPU)</source>
        <translation>nicht verfügbar (die Engine rechnet auf der CPU)</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.cpp" line="46"/>
        <source>Qt: %1</source>
        <translation>Qt: %1</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.cpp" line="47"/>
        <source>LibTorch: %1</source>
        <translation>LibTorch: %1</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.cpp" line="48"/>
        <source>OpenCV: %1</source>
        <translation>OpenCV: %1</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.cpp" line="49"/>
        <source>FFmpeg: %1</source>
        <translation>FFmpeg: %1</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.cpp" line="50"/>
        <source>CUDA: %1</source>
        <translation>CUDA: %1</translation>
    </message>
</context>
<context>
    <name>vx::ui::InputChecks</name>
    <message>
        <location filename="../ui/input_checks.cpp" line="20"/>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/input_checks.cpp" line="22"/>
        <source>“%1” is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../ui/input_checks.cpp" line="24"/>
        <source>“%1” cannot be read: check its permissions.</source>
        <translation>„%1“ kann nicht gelesen werden: Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <location filename="../ui/input_checks.cpp" line="28"/>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <location filename="../ui/input_checks.cpp" line="41"/>
        <source>“%1” is not a JPEG, PNG, BMP or WebP image. Choose a portrait photo.</source>
        <translation>„%1“ ist kein JPEG-, PNG-, BMP- oder WebP-Bild. Wählen Sie ein Porträtfoto.</translation>
    </message>
    <message>
        <location filename="../ui/input_checks.cpp" line="46"/>
        <source>“%1” is a damaged image: its header cannot be read.</source>
        <translation>„%1“ ist ein beschädigtes Bild: Sein Dateikopf kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/input_checks.cpp" line="50"/>
        <source>“%1” is incomplete (the file was cut short). Copy it again.</source>
        <translation>„%1“ ist unvollständig (die Datei wurde abgeschnitten). Kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/input_checks.cpp" line="55"/>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/input_checks.cpp" line="68"/>
        <source>“%1” has no usable audio: %2</source>
        <translation>„%1“ enthält keinen verwendbaren Ton: %2</translation>
    </message>
</context>
<context>
    <name>vx::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="78"/>
        <source>Engine device: CUDA GPU</source>
        <translation>Rechengerät: CUDA-GPU</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="79"/>
        <source>Engine device: CPU (no CUDA GPU found)</source>
        <translation>Rechengerät: CPU (keine CUDA-GPU gefunden)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="100"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="101"/>
        <source>&amp;Export Preview…</source>
        <translation>Vorschau &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="104"/>
        <source>Writes the instant preview with the voice to an MP4 file.</source>
        <translation>Schreibt die Sofortvorschau mit der Stimme in eine MP4-Datei.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="106"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="110"/>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="111"/>
        <source>Play/Pause</source>
        <translation>Abspielen/Pause</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="116"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="117"/>
        <source>&amp;About VX Studio</source>
        <translation>Ü&amp;ber VX Studio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="122"/>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="126"/>
        <source>Portrait</source>
        <translation>Porträt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="126"/>
        <location filename="../ui/main_window_inputs.cpp" line="92"/>
        <source>Drop a portrait photo here, or click to choose one.</source>
        <translation>Ziehen Sie ein Porträtfoto hierher oder klicken Sie, um eines auszuwählen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="127"/>
        <source>Photos (*.jpg *.jpeg *.png *.bmp *.webp);;All files (*)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.bmp *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="135"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="135"/>
        <location filename="../ui/main_window_inputs.cpp" line="112"/>
        <source>Drop a voice recording or a video here, or click to choose one.</source>
        <translation>Ziehen Sie eine Sprachaufnahme oder ein Video hierher oder klicken Sie, um eine Datei auszuwählen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="136"/>
        <source>Recordings and videos (*.wav *.mp3 *.flac *.m4a *.aac *.ogg *.opus *.mp4 *.mov *.mkv *.webm);;All files (*)</source>
        <translation>Aufnahmen und Videos (*.wav *.mp3 *.flac *.m4a *.aac *.ogg *.opus *.mp4 *.mov *.mkv *.webm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="157"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="161"/>
        <source>Drop a portrait photo and a voice recording to begin.</source>
        <translation>Ziehen Sie ein Porträtfoto und eine Sprachaufnahme hierher, um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="167"/>
        <source>Plays the instant preview with the voice (Space).</source>
        <translation>Spielt die Sofortvorschau mit der Stimme ab (Leertaste).</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="171"/>
        <source>Moves through the clip frame by frame.</source>
        <translation>Bewegt sich Bild für Bild durch den Clip.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="190"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="208"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="23"/>
        <location filename="../ui/main_window_export.cpp" line="39"/>
        <source>Load a portrait and a voice recording before exporting.</source>
        <translation>Laden Sie vor dem Export ein Porträt und eine Sprachaufnahme.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="29"/>
        <source>-preview</source>
        <translation>-vorschau</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="31"/>
        <source>Export Preview</source>
        <translation>Vorschau exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="32"/>
        <location filename="../ui/main_window_render.cpp" line="153"/>
        <location filename="../ui/main_window_render.cpp" line="166"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="43"/>
        <source>An export is already running.</source>
        <translation>Es läuft bereits ein Export.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="57"/>
        <source>Exporting the preview to “%1”…</source>
        <translation>Die Vorschau wird nach „%1“ exportiert…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="58"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="96"/>
        <source>Exporting the preview…</source>
        <translation>Die Vorschau wird exportiert…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="112"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="114"/>
        <source>The preview could not be exported: %1</source>
        <translation>Die Vorschau konnte nicht exportiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window_export.cpp" line="116"/>
        <source>Preview exported to %1 (%n frame(s)).</source>
        <translation>
            <numerusform>Vorschau nach %1 exportiert (%n Bild).</numerusform>
            <numerusform>Vorschau nach %1 exportiert (%n Bilder).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window_inputs.cpp" line="32"/>
        <source>Finding the face in “%1”…</source>
        <translation>Das Gesicht in „%1“ wird gesucht…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_inputs.cpp" line="42"/>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_inputs.cpp" line="51"/>
        <source>The portrait cannot be used: %1</source>
        <translation>Das Porträt kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_inputs.cpp" line="61"/>
        <source>Portrait ready: %1</source>
        <translation>Porträt bereit: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_inputs.cpp" line="62"/>
        <source>Portrait ready, with notes: %1</source>
        <translation>Porträt bereit, mit Hinweisen: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_inputs.cpp" line="71"/>
        <source>The recording cannot be used: %1</source>
        <translation>Die Aufnahme kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_inputs.cpp" line="85"/>
        <source>Recording ready: %1</source>
        <translation>Aufnahme bereit: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_inputs.cpp" line="103"/>
        <source>%1 — %2 × %3 px; the dashed square is rendered</source>
        <translation>%1 — %2 × %3 px; das gestrichelte Quadrat wird gerendert</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window_inputs.cpp" line="117"/>
        <source>%1 — %2 s, %3 Hz, %n channel(s)</source>
        <translation>
            <numerusform>%1 — %2 s, %3 Hz, %n Kanal</numerusform>
            <numerusform>%1 — %2 s, %3 Hz, %n Kanäle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window_preview.cpp" line="35"/>
        <source>The performance cannot be built: %1</source>
        <translation>Die Darbietung kann nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_preview.cpp" line="71"/>
        <source>frame %1 / %2</source>
        <translation>Bild %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_preview.cpp" line="72"/>
        <source>no frames</source>
        <translation>keine Bilder</translation>
    </message>
    <message>
        <location filename="../ui/main_window_preview.cpp" line="99"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/main_window_preview.cpp" line="99"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_loop.cpp" line="56"/>
        <source>The rendered video cannot be shown: %1</source>
        <translation>Das gerenderte Video kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="153"/>
        <source>Render Video</source>
        <translation>Video rendern</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="166"/>
        <source>Draft Render</source>
        <translation>Entwurf rendern</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="173"/>
        <source>A render is already running.</source>
        <translation>Es läuft bereits ein Rendervorgang.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="177"/>
        <source>Choose the V-Express model folder first (Settings → Models…).</source>
        <translation>Wählen Sie zuerst den V-Express-Modellordner (Einstellungen → Modelle…).</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="181"/>
        <source>Load a portrait and a voice recording before rendering.</source>
        <translation>Laden Sie vor dem Rendern ein Porträt und eine Sprachaufnahme.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="186"/>
        <source>The loop range is too short to render: V-Express needs at least %1 s.</source>
        <translation>Der Schleifenbereich ist zum Rendern zu kurz: V-Express braucht mindestens %1 s.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="196"/>
        <source>RENDERING</source>
        <translation>RENDERN</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="197"/>
        <source>The frames of the running render, as they are decoded.</source>
        <translation>Die Bilder des laufenden Rendervorgangs, sobald sie dekodiert sind.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="198"/>
        <source>Draft rendering to %1…</source>
        <translation>Entwurf wird nach %1 gerendert…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="198"/>
        <source>Rendering to %1…</source>
        <translation>Wird nach %1 gerendert…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="208"/>
        <source>Cancelling the render…</source>
        <translation>Rendervorgang wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="231"/>
        <source>Cancelled; no file was written.</source>
        <translation>Abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="232"/>
        <source>Render cancelled; no file was written.</source>
        <translation>Rendervorgang abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="234"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="235"/>
        <source>The render failed: %1</source>
        <translation>Der Rendervorgang ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window_render.cpp" line="237"/>
        <source>Rendered %n frame(s) at %1 fps to %2.</source>
        <translation>
            <numerusform>%n Bild mit %1 fps nach %2 gerendert.</numerusform>
            <numerusform>%n Bilder mit %1 fps nach %2 gerendert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vx::ui::ParametersPanel</name>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="49"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="68"/>
        <source>Performance</source>
        <translation>Darbietung</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="74"/>
        <source>How strongly the voice drives the face: 0 % moves only the lips, 100 % gives lively mouth and brows (V-Express&apos;s audio attention weight 1.0 to 3.0).</source>
        <translation>Wie stark die Stimme das Gesicht bewegt: 0 % bewegt nur die Lippen, 100 % ergibt lebhaften Mund und lebhafte Brauen (das Audio-Attention-Gewicht von V-Express, 1,0 bis 3,0).</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="77"/>
        <source>Expression strength</source>
        <translation>Ausdrucksstärke</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="80"/>
        <source>How tightly the render holds the photo&apos;s look: lower lets expression win over likeness, higher keeps the face closer to the photo (reference attention weight).</source>
        <translation>Wie eng sich das Rendering an das Aussehen des Fotos hält: Niedriger lässt den Ausdruck über die Ähnlichkeit siegen, höher hält das Gesicht näher am Foto (Referenz-Attention-Gewicht).</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="83"/>
        <source>Identity strength</source>
        <translation>Identitätsstärke</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="88"/>
        <source>Still</source>
        <translation>Ruhig</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="89"/>
        <source>Calm presenter</source>
        <translation>Gelassener Moderator</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="90"/>
        <source>Lively speaker</source>
        <translation>Lebhafter Sprecher</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="91"/>
        <source>Nodding listener</source>
        <translation>Nickender Zuhörer</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="93"/>
        <source>A starting point for the head motion: sets the amount, the ranges, the tempo and how much the head follows the speech.</source>
        <translation>Ein Ausgangspunkt für die Kopfbewegung: setzt Stärke, Bereiche, Tempo und wie sehr der Kopf der Sprache folgt.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="95"/>
        <source>Head motion</source>
        <translation>Kopfbewegung</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="98"/>
        <source>How much of the ranges below the head uses: 0 % keeps it still.</source>
        <translation>Wie viel der Bereiche darunter der Kopf nutzt: 0 % hält ihn still.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="99"/>
        <source>Motion amount</source>
        <translation>Bewegungsstärke</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="100"/>
        <location filename="../ui/parameters_panel.cpp" line="103"/>
        <location filename="../ui/parameters_panel.cpp" line="106"/>
        <source> °</source>
        <translation> °</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="101"/>
        <source>How far the head turns left and right at most.</source>
        <translation>Wie weit sich der Kopf höchstens nach links und rechts dreht.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="102"/>
        <source>Yaw range</source>
        <translation>Drehbereich (Gieren)</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="104"/>
        <source>How far the head nods up and down at most.</source>
        <translation>Wie weit der Kopf höchstens nach oben und unten nickt.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="105"/>
        <source>Pitch range</source>
        <translation>Nickbereich</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="107"/>
        <source>How far the head tilts sideways at most.</source>
        <translation>Wie weit sich der Kopf höchstens zur Seite neigt.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="108"/>
        <source>Roll range</source>
        <translation>Neigungsbereich (Rollen)</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="109"/>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="110"/>
        <source>How often the head moves to a new position: 1 is about every 1.2 s, 2 twice as often.</source>
        <translation>Wie oft der Kopf eine neue Stellung einnimmt: 1 etwa alle 1,2 s, 2 doppelt so oft.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="113"/>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="116"/>
        <source>How much the head follows the voice: nods on stressed syllables, calm in pauses.</source>
        <translation>Wie sehr der Kopf der Stimme folgt: Nicken auf betonten Silben, Ruhe in Pausen.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="118"/>
        <source>Speech follow</source>
        <translation>Sprachfolge</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="119"/>
        <source> /min</source>
        <translation> /min</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="120"/>
        <source>Automatic blinks per minute (people blink 10 to 20 times a minute when speaking); blinks placed on the timeline come on top.</source>
        <translation>Automatische Lidschläge pro Minute (beim Sprechen blinzeln Menschen 10- bis 20-mal pro Minute); in der Zeitleiste gesetzte Lidschläge kommen hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="123"/>
        <source>Blink rate</source>
        <translation>Blinzelrate</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="125"/>
        <source>Restores the performance defaults and removes the manual blinks.</source>
        <translation>Stellt die Standardwerte der Darbietung wieder her und entfernt die manuellen Lidschläge.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="164"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="172"/>
        <source>Denoising steps of the render: more is slower and finer; V-Express uses 25.</source>
        <translation>Entrauschungsschritte des Renderings: mehr ist langsamer und feiner; V-Express verwendet 25.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="174"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="176"/>
        <source>Classifier-free guidance: how strongly the render follows the photo and the voice; 1 turns it off, V-Express uses 3.5.</source>
        <translation>Classifier-free Guidance: wie stark das Rendering dem Foto und der Stimme folgt; 1 schaltet sie ab, V-Express verwendet 3,5.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="179"/>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="184"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="186"/>
        <source>The side of the square the model renders; the model was trained at 512 px. Larger needs much more GPU memory.</source>
        <translation>Die Seitenlänge des Quadrats, das das Modell rendert; das Modell wurde mit 512 px trainiert. Größer braucht viel mehr GPU-Speicher.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="188"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="195"/>
        <source>The random seed of the render&apos;s noise, the head motion and the blink timing: the same seed gives the same result.</source>
        <translation>Der Zufallsstartwert für das Rauschen des Renderings, die Kopfbewegung und die Lidschläge: derselbe Startwert ergibt dasselbe Ergebnis.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="197"/>
        <source>Re-roll</source>
        <translation>Neu würfeln</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="199"/>
        <source>Picks a new random seed.</source>
        <translation>Wählt einen neuen zufälligen Startwert.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="202"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="207"/>
        <source>Where the render runs and with which precision.</source>
        <translation>Wo das Rendering läuft und mit welcher Genauigkeit.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="208"/>
        <source>CUDA GPU, half precision (fp16)</source>
        <translation>CUDA-GPU, halbe Genauigkeit (fp16)</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="209"/>
        <source>CUDA GPU, full precision (fp32)</source>
        <translation>CUDA-GPU, volle Genauigkeit (fp32)</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="210"/>
        <source>CPU, full precision (fp32, very slow)</source>
        <translation>CPU, volle Genauigkeit (fp32, sehr langsam)</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="216"/>
        <source>%1 — no CUDA GPU found</source>
        <translation>%1 — keine CUDA-GPU gefunden</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="217"/>
        <source>This computer has no CUDA GPU that LibTorch can use.</source>
        <translation>Dieser Computer hat keine CUDA-GPU, die LibTorch verwenden kann.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="220"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="222"/>
        <source>Restores the quality defaults.</source>
        <translation>Stellt die Standardwerte der Qualität wieder her.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="257"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="264"/>
        <source>V-Express renders whole 24-frame windows, so the video&apos;s frame rate follows from the recording&apos;s length: slightly below 30 fps, stretched to end with the voice.</source>
        <translation>V-Express rendert ganze Fenster zu 24 Bildern, daher ergibt sich die Bildrate des Videos aus der Länge der Aufnahme: etwas unter 30 fps, gestreckt, damit es mit der Stimme endet.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="266"/>
        <source>Frame rate</source>
        <translation>Bildrate</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="270"/>
        <source>Square crop</source>
        <translation>Quadratischer Ausschnitt</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="271"/>
        <source>Paste back into the photo</source>
        <translation>Zurück ins Foto einsetzen</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="273"/>
        <source>Square crop: the video shows the framed face only. Paste back: the animated square is blended into the whole photo.</source>
        <translation>Quadratischer Ausschnitt: Das Video zeigt nur das gerahmte Gesicht. Zurück einsetzen: Das animierte Quadrat wird in das ganze Foto eingeblendet.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="275"/>
        <source>Framing</source>
        <translation>Bildausschnitt</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="277"/>
        <source>Restores the output defaults.</source>
        <translation>Stellt die Standardwerte der Ausgabe wieder her.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="333"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="335"/>
        <source>recording too short (under 0.8 s)</source>
        <translation>Aufnahme zu kurz (unter 0,8 s)</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="337"/>
        <source>follows from the recording</source>
        <translation>ergibt sich aus der Aufnahme</translation>
    </message>
</context>
<context>
    <name>vx::ui::PreviewClock</name>
    <message>
        <location filename="../ui/preview_clock.cpp" line="28"/>
        <source>No audio output device: the preview plays without sound.</source>
        <translation>Kein Audioausgabegerät: Die Vorschau läuft ohne Ton.</translation>
    </message>
    <message>
        <location filename="../ui/preview_clock.cpp" line="47"/>
        <source>The audio player failed (%1): the preview plays without sound.</source>
        <translation>Die Audiowiedergabe ist fehlgeschlagen (%1): Die Vorschau läuft ohne Ton.</translation>
    </message>
    <message>
        <location filename="../ui/preview_clock.cpp" line="141"/>
        <source>The audio player does not advance: the preview plays without sound.</source>
        <translation>Die Audiowiedergabe kommt nicht voran: Die Vorschau läuft ohne Ton.</translation>
    </message>
</context>
<context>
    <name>vx::ui::PreviewToolsBar</name>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="56"/>
        <source>Set In</source>
        <translation>Anfang setzen</translation>
    </message>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="57"/>
        <source>Starts the loop range at the playhead.</source>
        <translation>Lässt den Schleifenbereich an der Abspielposition beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="58"/>
        <source>Set Out</source>
        <translation>Ende setzen</translation>
    </message>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="59"/>
        <source>Ends the loop range at the playhead.</source>
        <translation>Lässt den Schleifenbereich an der Abspielposition enden.</translation>
    </message>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="60"/>
        <source>Clear Range</source>
        <translation>Bereich löschen</translation>
    </message>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="61"/>
        <source>Plays and drafts the whole clip again.</source>
        <translation>Spielt und rendert als Entwurf wieder den ganzen Clip.</translation>
    </message>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="63"/>
        <source>The preview loops over this range and Draft Render renders only it. Shift-drag on the timeline to select a range.</source>
        <translation>Die Vorschau spielt diesen Bereich in einer Schleife, und „Entwurf rendern“ rendert nur ihn. Ziehen Sie mit gedrückter Umschalttaste auf der Zeitleiste, um einen Bereich zu wählen.</translation>
    </message>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="65"/>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="66"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="67"/>
        <source>Rendered</source>
        <translation>Gerendert</translation>
    </message>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="68"/>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="70"/>
        <source>Compare the instant preview with the last rendered video at the same moment.</source>
        <translation>Vergleicht die Sofortvorschau mit dem zuletzt gerenderten Video an derselben Stelle.</translation>
    </message>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="91"/>
        <source>Loop %1 s – %2 s</source>
        <translation>Schleife %1 s – %2 s</translation>
    </message>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="92"/>
        <source>Loop: whole clip</source>
        <translation>Schleife: ganzer Clip</translation>
    </message>
</context>
<context>
    <name>vx::ui::PreviewView</name>
    <message>
        <location filename="../ui/preview_view.cpp" line="35"/>
        <source>PREVIEW</source>
        <translation>VORSCHAU</translation>
    </message>
    <message>
        <location filename="../ui/preview_view.cpp" line="35"/>
        <source>The instant preview: a fast draft without the neural model.</source>
        <translation>Die Sofortvorschau: ein schneller Entwurf ohne das neuronale Modell.</translation>
    </message>
</context>
<context>
    <name>vx::ui::RenderPanel</name>
    <message>
        <location filename="../ui/render_panel.cpp" line="105"/>
        <source>&amp;Render…</source>
        <translation>&amp;Rendern…</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="106"/>
        <source>&amp;Draft Render…</source>
        <translation>&amp;Entwurf rendern…</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="107"/>
        <source>&amp;Cancel Render</source>
        <translation>Rendern &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="108"/>
        <source>Stops the render (Esc); no file is left behind.</source>
        <translation>Beendet den Rendervorgang (Esc); es bleibt keine Datei zurück.</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="109"/>
        <source>&amp;Render</source>
        <translation>&amp;Rendern</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="131"/>
        <source>Load a portrait and a voice recording first.</source>
        <translation>Laden Sie zuerst ein Porträt und eine Sprachaufnahme.</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="135"/>
        <source>Rendering needs the V-Express model folder: choose it in Settings → Models….</source>
        <translation>Zum Rendern wird der V-Express-Modellordner benötigt: Wählen Sie ihn unter Einstellungen → Modelle….</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="139"/>
        <source>A render is running.</source>
        <translation>Ein Rendervorgang läuft.</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="142"/>
        <source>Renders the clip with V-Express into an MP4 file (Ctrl+R).</source>
        <translation>Rendert den Clip mit V-Express in eine MP4-Datei (Strg+R).</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="143"/>
        <source>A quick look: at most %1 steps at %2 px, only the loop range when one is set (Ctrl+Shift+R).</source>
        <translation>Ein schneller Eindruck: höchstens %1 Schritte bei %2 px, nur der Schleifenbereich, wenn einer gesetzt ist (Strg+Umschalt+R).</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="171"/>
        <source>Preparing the portrait</source>
        <translation>Porträt wird vorbereitet</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="173"/>
        <source>Reading the voice</source>
        <translation>Stimme wird gelesen</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="175"/>
        <source>Loading the model</source>
        <translation>Modell wird geladen</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="177"/>
        <source>Encoding the reference image</source>
        <translation>Referenzbild wird kodiert</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="179"/>
        <source>Encoding the face keypoints</source>
        <translation>Gesichtspunkte werden kodiert</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="181"/>
        <source>Denoising</source>
        <translation>Entrauschen</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="183"/>
        <source>Decoding the frames</source>
        <translation>Bilder werden dekodiert</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="185"/>
        <source>Finishing the file</source>
        <translation>Datei wird abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="186"/>
        <source>Starting</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="193"/>
        <source>No render yet.</source>
        <translation>Noch nicht gerendert.</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="195"/>
        <source>Draft: %1</source>
        <translation>Entwurf: %1</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="195"/>
        <source>Render: %1</source>
        <translation>Rendern: %1</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="197"/>
        <source>Step %1 / %2</source>
        <translation>Schritt %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="200"/>
        <source>Window %1 / %2</source>
        <translation>Fenster %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="203"/>
        <source>Frames %1 / %2</source>
        <translation>Bilder %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="206"/>
        <source>Elapsed %1</source>
        <translation>Vergangen %1</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="207"/>
        <source>Time left %1</source>
        <translation>Verbleibend %1</translation>
    </message>
</context>
<context>
    <name>vx::ui::RenderedView</name>
    <message>
        <location filename="../ui/rendered_view.cpp" line="13"/>
        <source>RENDERED</source>
        <translation>GERENDERT</translation>
    </message>
    <message>
        <location filename="../ui/rendered_view.cpp" line="13"/>
        <source>The last rendered video at the playhead.</source>
        <translation>Das zuletzt gerenderte Video an der Abspielposition.</translation>
    </message>
    <message>
        <location filename="../ui/rendered_view.cpp" line="15"/>
        <source>Not rendered at this moment: the green band on the timeline shows what has been rendered.</source>
        <translation>An dieser Stelle nicht gerendert: Das grüne Band auf der Zeitleiste zeigt, was gerendert wurde.</translation>
    </message>
</context>
<context>
    <name>vx::ui::StudioInputs</name>
    <message>
        <location filename="../ui/studio_inputs.cpp" line="31"/>
        <source>%1: the face landmarks the preview needs were not found.</source>
        <translation>%1: Die Gesichtsmerkmale, die die Vorschau braucht, wurden nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>vx::ui::TimelinePlot</name>
    <message>
        <location filename="../ui/timeline_plot.cpp" line="59"/>
        <location filename="../ui/timeline_plot.cpp" line="60"/>
        <location filename="../ui/timeline_plot.cpp" line="77"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location filename="../ui/timeline_plot.cpp" line="63"/>
        <source>Yaw</source>
        <translation>Gieren</translation>
    </message>
    <message>
        <location filename="../ui/timeline_plot.cpp" line="64"/>
        <source>Pitch</source>
        <translation>Nicken</translation>
    </message>
    <message>
        <location filename="../ui/timeline_plot.cpp" line="65"/>
        <source>Roll</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../ui/timeline_plot.cpp" line="75"/>
        <source>Blinks</source>
        <translation>Lidschläge</translation>
    </message>
    <message>
        <location filename="../ui/timeline_plot.cpp" line="76"/>
        <source>Head yaw/pitch/roll</source>
        <translation>Kopf: Gieren/Nicken/Rollen</translation>
    </message>
    <message>
        <location filename="../ui/timeline_plot.cpp" line="81"/>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <location filename="../ui/timeline_plot.cpp" line="94"/>
        <source>yaw</source>
        <translation>Gieren</translation>
    </message>
    <message>
        <location filename="../ui/timeline_plot.cpp" line="95"/>
        <source>pitch</source>
        <translation>Nicken</translation>
    </message>
    <message>
        <location filename="../ui/timeline_plot.cpp" line="96"/>
        <source>roll</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../ui/timeline_plot.cpp" line="103"/>
        <source>Wheel: zoom the time axis. Drag: pan. Click on the blink lane: add or remove a blink. Click elsewhere: move the playhead.</source>
        <translation>Mausrad: Zeitachse zoomen. Ziehen: verschieben. Klick auf die Lidschlag-Spur: Lidschlag hinzufügen oder entfernen. Klick anderswo: Abspielposition setzen.</translation>
    </message>
    <message>
        <location filename="../ui/timeline_plot.cpp" line="152"/>
        <source>±%1°</source>
        <translation>±%1°</translation>
    </message>
</context>
</TS>
