<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>vx::ui::AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="41"/>
        <source>About VX Studio</source>
        <translation>Über VX Studio</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="42"/>
        <source>&lt;h2&gt;VX Studio %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;VX Studio %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="44"/>
        <source>Talking-head videos from one portrait and a voice recording, driven by the V-Express model.</source>
        <translation>Sprechende Porträtvideos aus einem Foto und einer Sprachaufnahme, angetrieben vom V-Express-Modell.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/about_dialog.cpp" line="57"/>
        <source>available (%n device(s))</source>
        <translation>
            <numerusform>verfügbar (%n Gerät)</numerusform>
            <numerusform>verfügbar (%n Geräte)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="58"/>
        <source>not available (the engine runs on the CPU)</source>
        <translation>nicht verfügbar (die Engine rechnet auf der CPU)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="59"/>
        <source>Qt: %1</source>
        <translation>Qt: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="60"/>
        <source>LibTorch: %1</source>
        <translation>LibTorch: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="61"/>
        <source>OpenCV: %1</source>
        <translation>OpenCV: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="62"/>
        <source>FFmpeg: %1</source>
        <translation>FFmpeg: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="63"/>
        <source>CUDA: %1</source>
        <translation>CUDA: %1</translation>
    </message>
</context>
<context>
    <name>vx::ui::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/export_dialog.cpp" line="102"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/export_dialog.cpp" line="103"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/export_dialog.cpp" line="104"/>
        <source>Quality:</source>
        <translation>Qualität:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/export_dialog.cpp" line="105"/>
        <source>Best (visually lossless, large file)</source>
        <translation>Beste (visuell verlustfrei, große Datei)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/export_dialog.cpp" line="106"/>
        <source>High (recommended)</source>
        <translation>Hoch (empfohlen)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/export_dialog.cpp" line="107"/>
        <source>Small file (for sharing)</source>
        <translation>Kleine Datei (zum Teilen)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/export_dialog.cpp" line="109"/>
        <source>How much the H.264 encoder may compress: better quality makes larger files.</source>
        <translation>Wie stark der H.264-Encoder komprimieren darf: bessere Qualität ergibt größere Dateien.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/export_dialog.cpp" line="110"/>
        <source>Open the containing folder when done</source>
        <translation>Danach den Ordner der Datei öffnen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/export_dialog.cpp" line="126"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/export_dialog.cpp" line="164"/>
        <source>Does not fit: %1</source>
        <translation>Passt nicht: %1</translation>
    </message>
</context>
<context>
    <name>vx::ui::InputChecks</name>
    <message>
        <location filename="../ui/inputs/input_checks.cpp" line="22"/>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/inputs/input_checks.cpp" line="24"/>
        <source>“%1” is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../ui/inputs/input_checks.cpp" line="26"/>
        <source>“%1” cannot be read: check its permissions.</source>
        <translation>„%1“ kann nicht gelesen werden: Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <location filename="../ui/inputs/input_checks.cpp" line="30"/>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <location filename="../ui/inputs/input_checks.cpp" line="43"/>
        <source>“%1” is not a JPEG, PNG, BMP or WebP image. Choose a portrait photo.</source>
        <translation>„%1“ ist kein JPEG-, PNG-, BMP- oder WebP-Bild. Wählen Sie ein Porträtfoto.</translation>
    </message>
    <message>
        <location filename="../ui/inputs/input_checks.cpp" line="48"/>
        <source>“%1” is a damaged image: its header cannot be read.</source>
        <translation>„%1“ ist ein beschädigtes Bild: Sein Dateikopf kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/inputs/input_checks.cpp" line="52"/>
        <source>“%1” is incomplete (the file was cut short). Copy it again.</source>
        <translation>„%1“ ist unvollständig (die Datei wurde abgeschnitten). Kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/inputs/input_checks.cpp" line="57"/>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/inputs/input_checks.cpp" line="70"/>
        <source>“%1” has no usable audio: %2</source>
        <translation>„%1“ enthält keinen verwendbaren Ton: %2</translation>
    </message>
    <message>
        <location filename="../ui/inputs/input_checks.cpp" line="82"/>
        <source>“%1” is not a video that can be read: %2</source>
        <translation>„%1“ ist kein lesbares Video: %2</translation>
    </message>
</context>
<context>
    <name>vx::ui::KeyframeLanes</name>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="68"/>
        <source>Keyframes: double-click a lane to add a key (its height sets the value), drag a key to move it (it snaps to the voice&apos;s words; Shift: no snapping), Delete removes it, right-click for the interpolation. Ctrl+Z undoes.</source>
        <translation>Keyframes: Doppelklick in eine Spur fügt einen Key hinzu (seine Höhe ist der Wert), Ziehen verschiebt ihn (er rastet an den Wörtern der Stimme ein; Umschalt: ohne Einrasten), Entf löscht ihn, Rechtsklick wählt die Interpolation. Strg+Z macht rückgängig.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="78"/>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="80"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="82"/>
        <source>Head motion</source>
        <translation>Kopfbewegung</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="84"/>
        <source>Yaw offset</source>
        <translation>Drehung (Versatz)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="86"/>
        <source>Pitch offset</source>
        <translation>Nicken (Versatz)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="88"/>
        <source>Roll offset</source>
        <translation>Neigung (Versatz)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="90"/>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="263"/>
        <source>Add Key</source>
        <translation>Key hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="269"/>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="402"/>
        <source>Add Style Key</source>
        <translation>Stil-Key hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="284"/>
        <source>Change Style Key</source>
        <translation>Stil-Key ändern</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="333"/>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="371"/>
        <source>Move Key</source>
        <translation>Key verschieben</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="362"/>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="449"/>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="452"/>
        <source>Delete Key</source>
        <translation>Key löschen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="383"/>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="443"/>
        <source>Change Key Value</source>
        <translation>Key-Wert ändern</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="405"/>
        <source>Add Key Here</source>
        <translation>Key hier hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="417"/>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="418"/>
        <source>Smooth</source>
        <translation>Weich</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="419"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="428"/>
        <source>Change Interpolation</source>
        <translation>Interpolation ändern</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="434"/>
        <source>Set Value…</source>
        <translation>Wert setzen…</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="440"/>
        <source>Key Value</source>
        <translation>Key-Wert</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="447"/>
        <source>Change Style</source>
        <translation>Stil ändern</translation>
    </message>
</context>
<context>
    <name>vx::ui::MainWindow</name>
    <message>
        <location filename="../ui/window/main_window.cpp" line="97"/>
        <source>Engine device: CUDA GPU</source>
        <translation>Rechengerät: CUDA-GPU</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="98"/>
        <source>Engine device: CPU (no CUDA GPU found)</source>
        <translation>Rechengerät: CPU (keine CUDA-GPU gefunden)</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="167"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="168"/>
        <source>&amp;Export Preview…</source>
        <translation>Vorschau &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="169"/>
        <source>Writes the instant preview with the voice to an MP4 file.</source>
        <translation>Schreibt die Sofortvorschau mit der Stimme in eine MP4-Datei.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="170"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="171"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="173"/>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="174"/>
        <source>Play/Pause</source>
        <translation>Abspielen/Pause</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="175"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="176"/>
        <source>&amp;About VX Studio</source>
        <translation>Ü&amp;ber VX Studio</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="180"/>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="185"/>
        <source>Portrait</source>
        <translation>Porträt</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="186"/>
        <location filename="../ui/window/main_window_inputs.cpp" line="112"/>
        <source>Drop a portrait photo here, or click to choose one.</source>
        <translation>Ziehen Sie ein Porträtfoto hierher oder klicken Sie, um eines auszuwählen.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="187"/>
        <source>Photos (*.jpg *.jpeg *.png *.bmp *.webp);;All files (*)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.bmp *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="188"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="189"/>
        <location filename="../ui/window/main_window_inputs.cpp" line="132"/>
        <source>Drop a voice recording or a video here, or click to choose one.</source>
        <translation>Ziehen Sie eine Sprachaufnahme oder ein Video hierher oder klicken Sie, um eine Datei auszuwählen.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="213"/>
        <source>Recordings and videos (*.wav *.mp3 *.flac *.m4a *.aac *.ogg *.opus *.mp4 *.mov *.mkv *.webm);;All files (*)</source>
        <translation>Aufnahmen und Videos (*.wav *.mp3 *.flac *.m4a *.aac *.ogg *.opus *.mp4 *.mov *.mkv *.webm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="181"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="196"/>
        <source>Driving video (optional)</source>
        <translation>Steuervideo (optional)</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="197"/>
        <location filename="../ui/window/main_window_driving.cpp" line="97"/>
        <source>Optional: drop a video of a face whose head motion the portrait should follow.</source>
        <translation>Optional: Legen Sie ein Video eines Gesichts ab, dessen Kopfbewegung das Porträt übernehmen soll.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="198"/>
        <source>Videos (*.mp4 *.mov *.mkv *.webm *.avi);;All files (*)</source>
        <translation>Videos (*.mp4 *.mov *.mkv *.webm *.avi);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="201"/>
        <source>Drop a portrait photo and a voice recording to begin.</source>
        <translation>Ziehen Sie ein Porträtfoto und eine Sprachaufnahme hierher, um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="202"/>
        <source>Plays the instant preview with the voice (Space).</source>
        <translation>Spielt die Sofortvorschau mit der Stimme ab (Leertaste).</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="203"/>
        <source>Moves through the clip frame by frame.</source>
        <translation>Bewegt sich Bild für Bild durch den Clip.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="182"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="183"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_export.cpp" line="26"/>
        <location filename="../ui/window/main_window_export.cpp" line="51"/>
        <source>Load a portrait and a voice recording before exporting.</source>
        <translation>Laden Sie vor dem Export ein Porträt und eine Sprachaufnahme.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_export.cpp" line="31"/>
        <source>-preview</source>
        <translation>-vorschau</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_export.cpp" line="30"/>
        <source>Export Preview</source>
        <translation>Vorschau exportieren</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="142"/>
        <source>Render Video</source>
        <translation>Video rendern</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="142"/>
        <source>Draft Render</source>
        <translation>Entwurf rendern</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="143"/>
        <source>-draft</source>
        <translation>-entwurf</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_queue.cpp" line="84"/>
        <location filename="../ui/window/main_window_render.cpp" line="143"/>
        <source>-vexpress</source>
        <translation>-vexpress</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="172"/>
        <source>A render is already running.</source>
        <translation>Es läuft bereits ein Rendervorgang.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_queue.cpp" line="59"/>
        <source>The render queue could not be saved: %1</source>
        <translation>Die Render-Warteschlange konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_queue.cpp" line="68"/>
        <source>Render Queue</source>
        <translation>Render-Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_queue.cpp" line="69"/>
        <source>Render &amp;Queue</source>
        <translation>Render-&amp;Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_queue.cpp" line="70"/>
        <source>Add to Render &amp;Queue…</source>
        <translation>Zur Render-&amp;Warteschlange hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_queue.cpp" line="72"/>
        <source>Queues a render of the project as it is now (Ctrl+Alt+R); the queue renders its jobs one after the other.</source>
        <translation>Reiht ein Rendern des Projekts in seinem jetzigen Stand ein (Strg+Alt+R); die Warteschlange rendert ihre Aufträge nacheinander.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_queue.cpp" line="74"/>
        <source>Add Other Recordings to Queue…</source>
        <translation>Andere Aufnahmen einreihen…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_queue.cpp" line="76"/>
        <source>Queues one render of this project per chosen recording, e.g. each language of a dub.</source>
        <translation>Reiht je gewählter Aufnahme ein Rendern dieses Projekts ein, z. B. jede Sprache einer Synchronisation.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="160"/>
        <source>Choose the V-Express model folder first (Settings → Models…).</source>
        <translation>Wählen Sie zuerst den V-Express-Modellordner (Einstellungen → Modelle…).</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="164"/>
        <source>Load a portrait and a voice recording before rendering.</source>
        <translation>Laden Sie vor dem Rendern ein Porträt und eine Sprachaufnahme.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_queue.cpp" line="84"/>
        <source>Add to Render Queue</source>
        <translation>Zur Render-Warteschlange hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_queue.cpp" line="98"/>
        <source>Recordings to Render</source>
        <translation>Zu rendernde Aufnahmen</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_queue.cpp" line="150"/>
        <source>Added to the render queue: %1</source>
        <translation>Zur Render-Warteschlange hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="177"/>
        <source>The render queue is rendering: pause it first, or add this render to the queue (Render → Add to Render Queue…).</source>
        <translation>Die Render-Warteschlange rendert gerade: Halten Sie sie zuerst an, oder fügen Sie dieses Rendern der Warteschlange hinzu (Rendern → Zur Render-Warteschlange hinzufügen…).</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="185"/>
        <source>The loop range is too short to render: V-Express needs at least %1 s.</source>
        <translation>Der Schleifenbereich ist zum Rendern zu kurz: V-Express braucht mindestens %1 s.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="224"/>
        <source>RENDERING</source>
        <translation>RENDERN</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="225"/>
        <source>The frames of the running render, as they are decoded.</source>
        <translation>Die Bilder des laufenden Rendervorgangs, sobald sie dekodiert sind.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="226"/>
        <source>Draft rendering to %1…</source>
        <translation>Entwurf wird nach %1 gerendert…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="226"/>
        <source>Rendering to %1…</source>
        <translation>Wird nach %1 gerendert…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="262"/>
        <source>Cancelling the render…</source>
        <translation>Rendervorgang wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="292"/>
        <source>Cancelled; the render so far is kept (%1): render to %2 again to resume it.</source>
        <translation>Abgebrochen; das bisher Gerenderte bleibt erhalten (%1): Rendern Sie erneut nach %2, um fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="298"/>
        <source>Cancelled; no file was written.</source>
        <translation>Abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="299"/>
        <source>Render cancelled; no file was written.</source>
        <translation>Rendervorgang abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="302"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="303"/>
        <source>The render failed: %1</source>
        <translation>Der Rendervorgang ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/main_window_render.cpp" line="305"/>
        <source>Rendered %n frame(s) at %1 fps to %2.</source>
        <translation>
            <numerusform>%n Bild mit %1 fps nach %2 gerendert.</numerusform>
            <numerusform>%n Bilder mit %1 fps nach %2 gerendert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_export.cpp" line="55"/>
        <source>An export is already running.</source>
        <translation>Es läuft bereits ein Export.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_export.cpp" line="70"/>
        <source>Exporting the preview to “%1”…</source>
        <translation>Die Vorschau wird nach „%1“ exportiert…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_export.cpp" line="71"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_export.cpp" line="87"/>
        <source>Exporting the preview…</source>
        <translation>Die Vorschau wird exportiert…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_export.cpp" line="107"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_export.cpp" line="109"/>
        <source>The preview could not be exported: %1</source>
        <translation>Die Vorschau konnte nicht exportiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/main_window_export.cpp" line="111"/>
        <source>Preview exported to %1 (%n frame(s)).</source>
        <translation>
            <numerusform>Vorschau nach %1 exportiert (%n Bild).</numerusform>
            <numerusform>Vorschau nach %1 exportiert (%n Bilder).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_inputs.cpp" line="36"/>
        <source>Finding the face in “%1”…</source>
        <translation>Das Gesicht in „%1“ wird gesucht…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_inputs.cpp" line="54"/>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_inputs.cpp" line="63"/>
        <source>The portrait cannot be used: %1</source>
        <translation>Das Porträt kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_inputs.cpp" line="78"/>
        <source>Portrait ready: %1</source>
        <translation>Porträt bereit: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_inputs.cpp" line="79"/>
        <source>Portrait ready, with notes: %1</source>
        <translation>Porträt bereit, mit Hinweisen: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_inputs.cpp" line="88"/>
        <source>The recording cannot be used: %1</source>
        <translation>Die Aufnahme kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_inputs.cpp" line="105"/>
        <source>Recording ready: %1</source>
        <translation>Aufnahme bereit: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_inputs.cpp" line="123"/>
        <source>%1 — %2 × %3 px; the dashed square is rendered</source>
        <translation>%1 — %2 × %3 px; das gestrichelte Quadrat wird gerendert</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/main_window_inputs.cpp" line="137"/>
        <source>%1 — %2 s, %3 Hz, %n channel(s)</source>
        <translation>
            <numerusform>%1 — %2 s, %3 Hz, %n Kanal</numerusform>
            <numerusform>%1 — %2 s, %3 Hz, %n Kanäle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_preview.cpp" line="42"/>
        <source>The performance cannot be built: %1</source>
        <translation>Die Darbietung kann nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_preview.cpp" line="81"/>
        <source>frame %1 / %2</source>
        <translation>Bild %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_preview.cpp" line="82"/>
        <source>no frames</source>
        <translation>keine Bilder</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_preview.cpp" line="109"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_preview.cpp" line="109"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="67"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="68"/>
        <source>The project has unsaved changes. Do you want to save them?</source>
        <translation>Das Projekt hat ungespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="76"/>
        <source>Recover project</source>
        <translation>Projekt wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="77"/>
        <source>VX Studio did not close properly last time. Recover the unsaved project from %1?</source>
        <translation>VX Studio wurde beim letzten Mal nicht ordnungsgemäß beendet. Das ungespeicherte Projekt aus %1 wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="86"/>
        <source>&amp;New Project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="87"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="88"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="89"/>
        <source>&amp;Save Project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="90"/>
        <source>Save Project &amp;As…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="201"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="203"/>
        <source>%1[*] — VX Studio</source>
        <translation>%1[*] — VX Studio</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="253"/>
        <source>New project.</source>
        <translation>Neues Projekt.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="260"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="261"/>
        <source>VX Studio projects (*.vxproj);;All files (*)</source>
        <translation>VX-Studio-Projekte (*.vxproj);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="272"/>
        <source>%1 is not a VX Studio project (.vxproj).</source>
        <translation>%1 ist kein VX-Studio-Projekt (.vxproj).</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="294"/>
        <source>Opening the project %1…</source>
        <translation>Das Projekt %1 wird geöffnet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/main_window_project.cpp" line="314"/>
        <source>The project&apos;s input %1 was not found (moved or deleted); the rest of the project is loaded. Choose the file again.</source>
        <translation>
            <numerusform>Die Eingabedatei %1 des Projekts wurde nicht gefunden (verschoben oder gelöscht); der Rest des Projekts ist geladen. Wählen Sie die Datei erneut.</numerusform>
            <numerusform>Die Eingabedateien %1 des Projekts wurden nicht gefunden (verschoben oder gelöscht); der Rest des Projekts ist geladen. Wählen Sie die Dateien erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="358"/>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="359"/>
        <source>VX Studio projects (*.vxproj)</source>
        <translation>VX-Studio-Projekte (*.vxproj)</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="377"/>
        <source>Project saved to %1</source>
        <translation>Projekt gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_recovery.cpp" line="41"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_recovery.cpp" line="57"/>
        <source>The autosaved project cannot be recovered: %1</source>
        <translation>Das automatisch gespeicherte Projekt kann nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_recovery.cpp" line="64"/>
        <source>The unsaved project was recovered; save it to keep it.</source>
        <translation>Das ungespeicherte Projekt wurde wiederhergestellt; speichern Sie es, um es zu behalten.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_recovery.cpp" line="90"/>
        <source>The interrupted render&apos;s state %1 cannot be deleted: %2</source>
        <translation>Der Stand des unterbrochenen Renderns %1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_recovery.cpp" line="95"/>
        <source>The interrupted render of %1 was discarded.</source>
        <translation>Das unterbrochene Rendern von %1 wurde verworfen.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_recovery.cpp" line="113"/>
        <source>The interrupted render cannot be resumed: %1</source>
        <translation>Das unterbrochene Rendern kann nicht fortgesetzt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_recovery.cpp" line="141"/>
        <source>Resuming the render of %1 once its inputs are loaded…</source>
        <translation>Das Rendern von %1 wird fortgesetzt, sobald seine Eingaben geladen sind…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="406"/>
        <source>The project %1 no longer exists; it was removed from the recent projects.</source>
        <translation>Das Projekt %1 existiert nicht mehr; es wurde aus den zuletzt geöffneten Projekten entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="414"/>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_settings.cpp" line="65"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_settings.cpp" line="66"/>
        <source>&amp;Models…</source>
        <translation>&amp;Modelle…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_settings.cpp" line="67"/>
        <source>Chooses and checks the V-Express model folder.</source>
        <translation>Wählt und prüft den V-Express-Modellordner.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_settings.cpp" line="68"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_settings.cpp" line="80"/>
        <source>No translation for the language “%1”.</source>
        <translation>Keine Übersetzung für die Sprache „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_driving.cpp" line="48"/>
        <source>Following the face in “%1”…</source>
        <translation>Gesicht in „%1“ wird verfolgt…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_driving.cpp" line="33"/>
        <source>Following the face in “%1”: frame %2 of %3…</source>
        <translation>Gesicht in „%1“ wird verfolgt: Bild %2 von %3…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_driving.cpp" line="70"/>
        <source>The driving video was removed; the head follows the voice alone.</source>
        <translation>Das Steuervideo wurde entfernt; der Kopf folgt nur noch der Stimme.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_driving.cpp" line="79"/>
        <source>The driving video cannot be used: %1</source>
        <translation>Das Steuervideo kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_driving.cpp" line="84"/>
        <source>Driving video ready: the head follows “%1”.</source>
        <translation>Steuervideo bereit: Der Kopf folgt „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_driving.cpp" line="92"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_driving.cpp" line="93"/>
        <source>Stops using the driving video.</source>
        <translation>Verwendet das Steuervideo nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_driving.cpp" line="101"/>
        <source>%1 — %2 frames at %3 fps, a face in %4</source>
        <translation>%1 — %2 Bilder mit %3 fps, ein Gesicht in %4</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_loop.cpp" line="56"/>
        <source>The rendered video cannot be shown: %1</source>
        <translation>Das gerenderte Video kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="177"/>
        <source>&amp;System Information…</source>
        <translation>&amp;Systeminformationen…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="178"/>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_settings.cpp" line="128"/>
        <source>V-Express Models</source>
        <translation>V-Express-Modelle</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_settings.cpp" line="129"/>
        <source>No V-Express model folder is set. Download the models now (about 5 GB) into %1?

You can also choose a folder you already have in Settings → Models….</source>
        <translation>Es ist kein V-Express-Modellordner gewählt. Die Modelle jetzt (etwa 5 GB) nach %1 herunterladen?

Einen vorhandenen Ordner können Sie auch unter Einstellungen → Modelle… wählen.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_styles.cpp" line="30"/>
        <source>Style “%1” chosen.</source>
        <translation>Stil „%1“ gewählt.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_keyframes.cpp" line="87"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_keyframes.cpp" line="88"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_keyframes.cpp" line="89"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_keyframes.cpp" line="90"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_keyframes.cpp" line="91"/>
        <source>Show &amp;Keyframe Lanes</source>
        <translation>&amp;Keyframe-Spuren anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_keyframes.cpp" line="92"/>
        <source>Keyframes</source>
        <translation>Keyframes</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_keyframes.cpp" line="94"/>
        <source>Shows the lanes under the timeline where expression, identity, head motion, pose offsets and styles change over the clip (Ctrl+K).</source>
        <translation>Zeigt unter der Zeitleiste die Spuren, in denen sich Ausdruck, Identität, Kopfbewegung, Kopfhaltung und Stile über den Clip ändern (Strg+K).</translation>
    </message>
</context>
<context>
    <name>vx::ui::ModelDownloadDialog</name>
    <message>
        <location filename="../ui/dialogs/model_download_dialog.cpp" line="93"/>
        <source>Download V-Express Models</source>
        <translation>V-Express-Modelle herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_download_dialog.cpp" line="95"/>
        <source>Downloading the V-Express release (about 5 GB) into %1. An interrupted download continues where it stopped the next time. The weights are for non-commercial research use only.</source>
        <translation>Die V-Express-Veröffentlichung (etwa 5 GB) wird nach %1 heruntergeladen. Ein unterbrochener Download wird beim nächsten Mal dort fortgesetzt, wo er aufgehört hat. Die Gewichte dürfen nur für nicht kommerzielle Forschung verwendet werden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_download_dialog.cpp" line="116"/>
        <source>Listing the files on the hub…</source>
        <translation>Dateien auf dem Hub werden aufgelistet…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_download_dialog.cpp" line="154"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_download_dialog.cpp" line="169"/>
        <source>Verifying file %1 of %2: %3 (%4 of %5)</source>
        <translation>Datei %1 von %2 wird geprüft: %3 (%4 von %5)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_download_dialog.cpp" line="170"/>
        <source>Downloading file %1 of %2: %3 (%4 of %5)</source>
        <translation>Datei %1 von %2 wird heruntergeladen: %3 (%4 von %5)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_download_dialog.cpp" line="175"/>
        <source>In all: %1 of %2</source>
        <translation>Insgesamt: %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_download_dialog.cpp" line="178"/>
        <source>%1/s, %2 left for this file, %3 left in all</source>
        <translation>%1/s, noch %2 für diese Datei, noch %3 insgesamt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_download_dialog.cpp" line="191"/>
        <source>Every file is downloaded and verified.</source>
        <translation>Alle Dateien sind heruntergeladen und geprüft.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_download_dialog.cpp" line="194"/>
        <source>Download stopped. Start it again to continue where it stopped.</source>
        <translation>Download angehalten. Starten Sie ihn erneut, um dort fortzusetzen, wo er aufgehört hat.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_download_dialog.cpp" line="196"/>
        <source>The download failed: %1</source>
        <translation>Der Download ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>vx::ui::ModelManagerDialog</name>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="114"/>
        <source>V-Express Models</source>
        <translation>V-Express-Modelle</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="115"/>
        <source>Model folder:</source>
        <translation>Modellordner:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="116"/>
        <source>The model_ckpts folder of the V-Express release</source>
        <translation>Der Ordner model_ckpts der V-Express-Veröffentlichung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="117"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="122"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="122"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="122"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="136"/>
        <source>The render will run on the CPU in full precision (fp32): no CUDA GPU was found. Expect minutes per second of video.</source>
        <translation>Das Rendern läuft auf der CPU mit voller Genauigkeit (fp32): Es wurde keine CUDA-GPU gefunden. Rechnen Sie mit Minuten pro Sekunde Video.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="142"/>
        <source>half precision (fp16)</source>
        <translation>halber Genauigkeit (fp16)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="145"/>
        <source>bfloat16 precision (bf16)</source>
        <translation>bfloat16-Genauigkeit (bf16)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="148"/>
        <source>full precision (fp32)</source>
        <translation>voller Genauigkeit (fp32)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="151"/>
        <source>The render will run on the CPU in full precision (fp32), as chosen in the Quality settings; a CUDA GPU is available.</source>
        <translation>Das Rendern läuft auf der CPU mit voller Genauigkeit (fp32), wie in den Qualitätseinstellungen gewählt; eine CUDA-GPU ist verfügbar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="155"/>
        <source>The render will run on the CUDA GPU (%n device(s) found) in %1.</source>
        <translation>
            <numerusform>Das Rendern läuft auf der CUDA-GPU (%n Gerät gefunden) mit %1.</numerusform>
            <numerusform>Das Rendern läuft auf der CUDA-GPU (%n Geräte gefunden) mit %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="161"/>
        <source>Licence: the V-Express weights are for non-commercial research use only; check the model card before any other use.</source>
        <translation>Lizenz: Die V-Express-Gewichte sind nur für die nichtkommerzielle Forschung bestimmt; prüfen Sie die Model Card vor jeder anderen Verwendung.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="172"/>
        <source>Choose the V-Express model folder</source>
        <translation>V-Express-Modellordner wählen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="219"/>
        <source>No model folder is chosen. Everything but the V-Express render works without one.</source>
        <translation>Es ist kein Modellordner gewählt. Alles außer dem V-Express-Rendern funktioniert ohne ihn.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="224"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="229"/>
        <source>UNet config</source>
        <translation>UNet-Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="230"/>
        <source>VAE config</source>
        <translation>VAE-Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="231"/>
        <source>VAE weights</source>
        <translation>VAE-Gewichte</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="232"/>
        <source>reference net</source>
        <translation>Referenznetz</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="233"/>
        <source>denoising UNet</source>
        <translation>Entrauschungs-UNet</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="234"/>
        <source>motion modules</source>
        <translation>Bewegungsmodule</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="235"/>
        <source>V-kps guider</source>
        <translation>V-kps-Guider</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="236"/>
        <source>audio projection</source>
        <translation>Audioprojektion</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="237"/>
        <source>wav2vec2 config</source>
        <translation>wav2vec2-Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="238"/>
        <source>wav2vec2 preprocessor</source>
        <translation>wav2vec2-Vorverarbeitung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="239"/>
        <source>wav2vec2 weights</source>
        <translation>wav2vec2-Gewichte</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="263"/>
        <source>model folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="270"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="271"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="272"/>
        <source>broken</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="278"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="283"/>
        <source>The model folder is complete: the V-Express render can use it.</source>
        <translation>Der Modellordner ist vollständig: Das V-Express-Rendern kann ihn verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="284"/>
        <source>The model folder is not usable; the render needs it fixed (everything else keeps working):
%1</source>
        <translation>Der Modellordner ist nicht verwendbar; zum Rendern muss er repariert werden (alles andere funktioniert weiter):
%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="118"/>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="120"/>
        <source>Downloads the V-Express release (about 5 GB) from the Hugging Face hub into this folder, or into the default folder when none is set.</source>
        <translation>Lädt die V-Express-Veröffentlichung (etwa 5 GB) vom Hugging-Face-Hub in diesen Ordner herunter, oder in den Standardordner, wenn keiner gewählt ist.</translation>
    </message>
</context>
<context>
    <name>vx::ui::ParametersPanel</name>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="126"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="122"/>
        <source>Performance</source>
        <translation>Darbietung</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="130"/>
        <source>How strongly the voice drives the face: 0 % moves only the lips, 100 % gives lively mouth and brows (V-Express&apos;s audio attention weight 1.0 to 3.0).</source>
        <translation>Wie stark die Stimme das Gesicht bewegt: 0 % bewegt nur die Lippen, 100 % ergibt lebhaften Mund und lebhafte Brauen (das Audio-Attention-Gewicht von V-Express, 1,0 bis 3,0).</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="132"/>
        <source>Expression strength</source>
        <translation>Ausdrucksstärke</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="134"/>
        <source>How tightly the render holds the photo&apos;s look: lower lets expression win over likeness, higher keeps the face closer to the photo (reference attention weight).</source>
        <translation>Wie eng sich das Rendering an das Aussehen des Fotos hält: Niedriger lässt den Ausdruck über die Ähnlichkeit siegen, höher hält das Gesicht näher am Foto (Referenz-Attention-Gewicht).</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="136"/>
        <source>Identity strength</source>
        <translation>Identitätsstärke</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="137"/>
        <source>Still</source>
        <translation>Ruhig</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="138"/>
        <source>Calm presenter</source>
        <translation>Gelassener Moderator</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="139"/>
        <source>Lively speaker</source>
        <translation>Lebhafter Sprecher</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="140"/>
        <source>Nodding listener</source>
        <translation>Nickender Zuhörer</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="142"/>
        <source>A starting point for the head motion: sets the amount, the ranges, the tempo and how much the head follows the speech.</source>
        <translation>Ein Ausgangspunkt für die Kopfbewegung: setzt Stärke, Bereiche, Tempo und wie sehr der Kopf der Sprache folgt.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="144"/>
        <source>Head motion</source>
        <translation>Kopfbewegung</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="145"/>
        <source>How much of the ranges below the head uses: 0 % keeps it still.</source>
        <translation>Wie viel der Bereiche darunter der Kopf nutzt: 0 % hält ihn still.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="146"/>
        <source>Motion amount</source>
        <translation>Bewegungsstärke</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="147"/>
        <location filename="../ui/parameters/parameters_panel.cpp" line="150"/>
        <location filename="../ui/parameters/parameters_panel.cpp" line="153"/>
        <location filename="../ui/parameters/parameters_panel.cpp" line="157"/>
        <source> °</source>
        <translation> °</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="148"/>
        <source>How far the head turns left and right at most.</source>
        <translation>Wie weit sich der Kopf höchstens nach links und rechts dreht.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="149"/>
        <source>Yaw range</source>
        <translation>Drehbereich (Gieren)</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="151"/>
        <source>How far the head nods up and down at most.</source>
        <translation>Wie weit der Kopf höchstens nach oben und unten nickt.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="152"/>
        <source>Pitch range</source>
        <translation>Nickbereich</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="154"/>
        <source>How far the head tilts sideways at most.</source>
        <translation>Wie weit sich der Kopf höchstens zur Seite neigt.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="155"/>
        <source>Roll range</source>
        <translation>Neigungsbereich (Rollen)</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="159"/>
        <source>The farthest the head may turn either way, for every kind of motion: the automatic one, the keyframed offsets and a driving video. The motion bends smoothly towards the limit; 90° limits nothing.</source>
        <translation>Wie weit sich der Kopf höchstens zu jeder Seite drehen darf, für jede Art von Bewegung: die automatische, die Versätze der Keyframes und ein Steuervideo. Die Bewegung nähert sich der Grenze weich; 90° begrenzt nichts.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="162"/>
        <source>Yaw limit</source>
        <translation>Drehgrenze</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="164"/>
        <source>The farthest the head may nod either way, for every kind of motion.</source>
        <translation>Wie weit der Kopf höchstens nicken darf, für jede Art von Bewegung.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="165"/>
        <source>Pitch limit</source>
        <translation>Nickgrenze</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="167"/>
        <source>The farthest the head may tilt either way, for every kind of motion.</source>
        <translation>Wie weit sich der Kopf höchstens zur Seite neigen darf, für jede Art von Bewegung.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="168"/>
        <source>Roll limit</source>
        <translation>Neigungsgrenze</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="169"/>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="171"/>
        <source>How often the head moves to a new position: 1 is about every 1.2 s, 2 twice as often.</source>
        <translation>Wie oft der Kopf eine neue Stellung einnimmt: 1 etwa alle 1,2 s, 2 doppelt so oft.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="173"/>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="175"/>
        <source>How much the head follows the voice: nods on stressed syllables, calm in pauses.</source>
        <translation>Wie sehr der Kopf der Stimme folgt: Nicken auf betonten Silben, Ruhe in Pausen.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="176"/>
        <source>Speech follow</source>
        <translation>Sprachfolge</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="177"/>
        <source> /min</source>
        <translation> /min</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="179"/>
        <source>Automatic blinks per minute (people blink 10 to 20 times a minute when speaking); blinks placed on the timeline come on top.</source>
        <translation>Automatische Lidschläge pro Minute (beim Sprechen blinzeln Menschen 10- bis 20-mal pro Minute); in der Zeitleiste gesetzte Lidschläge kommen hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="181"/>
        <source>Blink rate</source>
        <translation>Blinzelrate</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="193"/>
        <source>Restores the performance defaults and removes the manual blinks.</source>
        <translation>Stellt die Standardwerte der Darbietung wieder her und entfernt die manuellen Lidschläge.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="123"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="197"/>
        <source>Denoising steps of the render: more is slower and finer; V-Express uses 25.</source>
        <translation>Entrauschungsschritte des Renderings: mehr ist langsamer und feiner; V-Express verwendet 25.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="199"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="201"/>
        <source>Classifier-free guidance: how strongly the render follows the photo and the voice; 1 turns it off, V-Express uses 3.5.</source>
        <translation>Classifier-free Guidance: wie stark das Rendering dem Foto und der Stimme folgt; 1 schaltet sie ab, V-Express verwendet 3,5.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="203"/>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="204"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="206"/>
        <source>The side of the square the model renders; the model was trained at 512 px. Larger needs much more GPU memory.</source>
        <translation>Die Seitenlänge des Quadrats, das das Modell rendert; das Modell wurde mit 512 px trainiert. Größer braucht viel mehr GPU-Speicher.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="208"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="213"/>
        <source>Re-roll</source>
        <translation>Neu würfeln</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="214"/>
        <source>Picks a new random seed.</source>
        <translation>Wählt einen neuen zufälligen Startwert.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="215"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="216"/>
        <source>Where the render runs and with which precision.</source>
        <translation>Wo das Rendering läuft und mit welcher Genauigkeit.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="217"/>
        <source>CUDA GPU, half precision (fp16)</source>
        <translation>CUDA-GPU, halbe Genauigkeit (fp16)</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="218"/>
        <source>CUDA GPU, bfloat16 precision (bf16)</source>
        <translation>CUDA-GPU, bfloat16-Genauigkeit (bf16)</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="219"/>
        <source>CUDA GPU, full precision (fp32)</source>
        <translation>CUDA-GPU, volle Genauigkeit (fp32)</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="220"/>
        <source>CPU, full precision (fp32, very slow)</source>
        <translation>CPU, volle Genauigkeit (fp32, sehr langsam)</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="225"/>
        <source>%1 — no CUDA GPU found</source>
        <translation>%1 — keine CUDA-GPU gefunden</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="226"/>
        <source>This computer has no CUDA GPU that LibTorch can use.</source>
        <translation>Dieser Computer hat keine CUDA-GPU, die LibTorch verwenden kann.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="229"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="230"/>
        <source>Restores the quality defaults.</source>
        <translation>Stellt die Standardwerte der Qualität wieder her.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="124"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="234"/>
        <source>V-Express renders whole 24-frame windows, so the video&apos;s frame rate follows from the recording&apos;s length: slightly below 30 fps, stretched to end with the voice.</source>
        <translation>V-Express rendert ganze Fenster zu 24 Bildern, daher ergibt sich die Bildrate des Videos aus der Länge der Aufnahme: etwas unter 30 fps, gestreckt, damit es mit der Stimme endet.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="236"/>
        <source>Frame rate</source>
        <translation>Bildrate</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="242"/>
        <source>Square crop</source>
        <translation>Quadratischer Ausschnitt</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="243"/>
        <source>Paste back into the photo</source>
        <translation>Zurück ins Foto einsetzen</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="245"/>
        <source>Square crop: the video shows the framed face only. Paste back: the animated square is blended into the whole photo.</source>
        <translation>Quadratischer Ausschnitt: Das Video zeigt nur das gerahmte Gesicht. Zurück einsetzen: Das animierte Quadrat wird in das ganze Foto eingeblendet.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="247"/>
        <source>Framing</source>
        <translation>Bildausschnitt</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="248"/>
        <source>Restores the output defaults.</source>
        <translation>Stellt die Standardwerte der Ausgabe wieder her.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="555"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="557"/>
        <source>recording too short (under 0.8 s)</source>
        <translation>Aufnahme zu kurz (unter 0,8 s)</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="559"/>
        <source>follows from the recording</source>
        <translation>ergibt sich aus der Aufnahme</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="182"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="183"/>
        <source>How long one blink takes, closing and reopening.</source>
        <translation>Wie lange ein Lidschlag dauert, Schließen und Öffnen zusammen.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="184"/>
        <source>Blink duration</source>
        <translation>Blinzeldauer</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="186"/>
        <source>The seed of the head motion: the same seed gives the same movements.</source>
        <translation>Der Startwert der Kopfbewegung: Derselbe Startwert ergibt dieselben Bewegungen.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="187"/>
        <source>Motion seed</source>
        <translation>Bewegungs-Startwert</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="189"/>
        <source>The seed of the automatic blinks&apos; timing; the blinks placed on the timeline stay where they are.</source>
        <translation>Der Startwert für den Zeitpunkt der automatischen Lidschläge; die auf der Zeitleiste gesetzten Lidschläge bleiben, wo sie sind.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="191"/>
        <source>Blink seed</source>
        <translation>Blinzel-Startwert</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="210"/>
        <source>The random seed of the render&apos;s noise: the same seed gives the same result. The head motion and the blinks have their own seeds.</source>
        <translation>Der Zufalls-Startwert des Rauschens beim Rendern: Derselbe Startwert ergibt dasselbe Ergebnis. Kopfbewegung und Lidschläge haben eigene Startwerte.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="237"/>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="239"/>
        <source>The frame rate asked of V-Express; the video&apos;s own rate follows from it and the recording&apos;s length.</source>
        <translation>Die von V-Express verlangte Bildrate; die Bildrate des Videos ergibt sich daraus und aus der Länge der Aufnahme.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="241"/>
        <source>Target frame rate</source>
        <translation>Ziel-Bildrate</translation>
    </message>
</context>
<context>
    <name>vx::ui::PortraitView</name>
    <message>
        <location filename="../ui/inputs/portrait_view.cpp" line="39"/>
        <source>The dashed square is what is rendered. Drag it to move it, drag a corner or use the wheel to resize it, double-click to frame the face automatically.</source>
        <translation>Das gestrichelte Quadrat wird gerendert. Ziehen verschiebt es, Ziehen an einer Ecke oder das Mausrad ändert die Größe, Doppelklick rahmt das Gesicht automatisch.</translation>
    </message>
</context>
<context>
    <name>vx::ui::PreviewClock</name>
    <message>
        <location filename="../ui/preview/preview_clock.cpp" line="28"/>
        <source>No audio output device: the preview plays without sound.</source>
        <translation>Kein Audioausgabegerät: Die Vorschau läuft ohne Ton.</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_clock.cpp" line="47"/>
        <source>The audio player failed (%1): the preview plays without sound.</source>
        <translation>Die Audiowiedergabe ist fehlgeschlagen (%1): Die Vorschau läuft ohne Ton.</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_clock.cpp" line="141"/>
        <source>The audio player does not advance: the preview plays without sound.</source>
        <translation>Die Audiowiedergabe kommt nicht voran: Die Vorschau läuft ohne Ton.</translation>
    </message>
</context>
<context>
    <name>vx::ui::PreviewToolsBar</name>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="56"/>
        <source>Set In</source>
        <translation>Anfang setzen</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="57"/>
        <source>Starts the loop range at the playhead.</source>
        <translation>Lässt den Schleifenbereich an der Abspielposition beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="58"/>
        <source>Set Out</source>
        <translation>Ende setzen</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="59"/>
        <source>Ends the loop range at the playhead.</source>
        <translation>Lässt den Schleifenbereich an der Abspielposition enden.</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="60"/>
        <source>Clear Range</source>
        <translation>Bereich löschen</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="61"/>
        <source>Plays and drafts the whole clip again.</source>
        <translation>Spielt und rendert als Entwurf wieder den ganzen Clip.</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="63"/>
        <source>The preview loops over this range and Draft Render renders only it. Shift-drag on the timeline to select a range.</source>
        <translation>Die Vorschau spielt diesen Bereich in einer Schleife, und „Entwurf rendern“ rendert nur ihn. Ziehen Sie mit gedrückter Umschalttaste auf der Zeitleiste, um einen Bereich zu wählen.</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="65"/>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="66"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="67"/>
        <source>Rendered</source>
        <translation>Gerendert</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="68"/>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="70"/>
        <source>Compare the instant preview with the last rendered video at the same moment.</source>
        <translation>Vergleicht die Sofortvorschau mit dem zuletzt gerenderten Video an derselben Stelle.</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="91"/>
        <source>Loop %1 s – %2 s</source>
        <translation>Schleife %1 s – %2 s</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="92"/>
        <source>Loop: whole clip</source>
        <translation>Schleife: ganzer Clip</translation>
    </message>
</context>
<context>
    <name>vx::ui::PreviewView</name>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="23"/>
        <location filename="../ui/preview/preview_view.cpp" line="48"/>
        <source>PREVIEW</source>
        <translation>VORSCHAU</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="24"/>
        <location filename="../ui/preview/preview_view.cpp" line="48"/>
        <source>The instant preview: a fast draft without the neural model.</source>
        <translation>Die Sofortvorschau: ein schneller Entwurf ohne das neuronale Modell.</translation>
    </message>
</context>
<context>
    <name>vx::ui::RenderPanel</name>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="143"/>
        <source>&amp;Render…</source>
        <translation>&amp;Rendern…</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="144"/>
        <source>&amp;Draft Render…</source>
        <translation>&amp;Entwurf rendern…</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="145"/>
        <source>&amp;Cancel Render</source>
        <translation>Rendern &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="146"/>
        <source>Stops the render (Esc); no file is left behind.</source>
        <translation>Beendet den Rendervorgang (Esc); es bleibt keine Datei zurück.</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="147"/>
        <source>&amp;Render</source>
        <translation>&amp;Rendern</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="169"/>
        <source>Load a portrait and a voice recording first.</source>
        <translation>Laden Sie zuerst ein Porträt und eine Sprachaufnahme.</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="173"/>
        <source>Rendering needs the V-Express model folder: choose it in Settings → Models….</source>
        <translation>Zum Rendern wird der V-Express-Modellordner benötigt: Wählen Sie ihn unter Einstellungen → Modelle….</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="177"/>
        <source>A render is running.</source>
        <translation>Ein Rendervorgang läuft.</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="181"/>
        <source>The render queue is rendering: pause it first, or add this render to the queue.</source>
        <translation>Die Render-Warteschlange rendert gerade: Halten Sie sie zuerst an, oder fügen Sie dieses Rendern der Warteschlange hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="185"/>
        <source>Renders the clip with V-Express into an MP4 file (Ctrl+R).</source>
        <translation>Rendert den Clip mit V-Express in eine MP4-Datei (Strg+R).</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="186"/>
        <source>A quick look: at most %1 steps at %2 px, only the loop range when one is set (Ctrl+Shift+R).</source>
        <translation>Ein schneller Eindruck: höchstens %1 Schritte bei %2 px, nur der Schleifenbereich, wenn einer gesetzt ist (Strg+Umschalt+R).</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="34"/>
        <source>Preparing the portrait</source>
        <translation>Porträt wird vorbereitet</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="36"/>
        <source>Reading the voice</source>
        <translation>Stimme wird gelesen</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="38"/>
        <source>Following the driving video</source>
        <translation>Das Steuervideo wird verfolgt</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="40"/>
        <source>Loading the model</source>
        <translation>Modell wird geladen</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="42"/>
        <source>Encoding the reference image</source>
        <translation>Referenzbild wird kodiert</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="44"/>
        <source>Encoding the face keypoints</source>
        <translation>Gesichtspunkte werden kodiert</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="46"/>
        <source>Encoding the voice</source>
        <translation>Die Stimme wird kodiert</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="48"/>
        <source>Denoising</source>
        <translation>Entrauschen</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="50"/>
        <source>Decoding the frames</source>
        <translation>Bilder werden dekodiert</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="52"/>
        <source>Drawing the preview</source>
        <translation>Die Vorschau wird gezeichnet</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="54"/>
        <source>Finishing the file</source>
        <translation>Datei wird abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="32"/>
        <source>Starting</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="216"/>
        <source>No render yet.</source>
        <translation>Noch nicht gerendert.</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="219"/>
        <source>Draft: %1</source>
        <translation>Entwurf: %1</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="219"/>
        <source>Render: %1</source>
        <translation>Rendern: %1</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="221"/>
        <source>Step %1 / %2</source>
        <translation>Schritt %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="224"/>
        <source>Window %1 / %2</source>
        <translation>Fenster %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="227"/>
        <source>Frames %1 / %2</source>
        <translation>Bilder %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="230"/>
        <source>Elapsed %1</source>
        <translation>Vergangen %1</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="231"/>
        <source>Time left %1</source>
        <translation>Verbleibend %1</translation>
    </message>
    <message>
        <location filename="../ui/render/preflight_text.cpp" line="24"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/render/preflight_text.cpp" line="26"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/render/preflight_text.cpp" line="27"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/render/preflight_text.cpp" line="35"/>
        <source>the GPU</source>
        <translation>der GPU</translation>
    </message>
    <message>
        <location filename="../ui/render/preflight_text.cpp" line="35"/>
        <source>the CPU</source>
        <translation>der CPU</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/render/preflight_text.cpp" line="36"/>
        <source>%n frame(s) (%1 s of speech), %2 steps × %3 windows at %4 px on %5</source>
        <translation>
            <numerusform>%n Bild (%1 s Sprache), %2 Schritte × %3 Fenster mit %4 px auf %5</numerusform>
            <numerusform>%n Bilder (%1 s Sprache), %2 Schritte × %3 Fenster mit %4 px auf %5</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/render/preflight_text.cpp" line="44"/>
        <source>Time: about %1, from this machine&apos;s measured speed</source>
        <translation>Zeit: etwa %1, nach der gemessenen Geschwindigkeit dieses Rechners</translation>
    </message>
    <message>
        <location filename="../ui/render/preflight_text.cpp" line="47"/>
        <source>; as a Draft about %1</source>
        <translation>; als Entwurf etwa %1</translation>
    </message>
    <message>
        <location filename="../ui/render/preflight_text.cpp" line="50"/>
        <source>Time: not known yet; the first render on this device is measured for the next estimates</source>
        <translation>Zeit: noch unbekannt; das erste Rendern auf diesem Gerät wird für die nächsten Schätzungen gemessen</translation>
    </message>
    <message>
        <location filename="../ui/render/preflight_text.cpp" line="54"/>
        <source>Memory: about %1 of RAM (%2 available)</source>
        <translation>Speicher: etwa %1 RAM (%2 verfügbar)</translation>
    </message>
    <message>
        <location filename="../ui/render/preflight_text.cpp" line="57"/>
        <source>, %1 of GPU memory</source>
        <translation>, %1 GPU-Speicher</translation>
    </message>
    <message>
        <location filename="../ui/render/preflight_text.cpp" line="59"/>
        <source>Disk: about %1 for the video and %2 for the resume state (%3 free)</source>
        <translation>Festplatte: etwa %1 für das Video und %2 für den Fortsetzungsstand (%3 frei)</translation>
    </message>
    <message>
        <location filename="../ui/render/preflight_text.cpp" line="62"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>vx::ui::RenderQueuePanel</name>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="66"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="68"/>
        <source>Rendering</source>
        <translation>Wird gerendert</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="70"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="72"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="74"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="76"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="169"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="169"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="169"/>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="169"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="169"/>
        <source>Progress / result</source>
        <translation>Fortschritt / Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="170"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="171"/>
        <source>Renders the selected job earlier (Ctrl+Up).</source>
        <translation>Rendert den gewählten Auftrag früher (Strg+Auf).</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="172"/>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="173"/>
        <source>Renders the selected job later (Ctrl+Down).</source>
        <translation>Rendert den gewählten Auftrag später (Strg+Ab).</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="174"/>
        <source>&amp;Cancel Job</source>
        <translation>Auftrag a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="176"/>
        <source>Stops the selected job; what it finished is kept, so Retry continues it.</source>
        <translation>Stoppt den gewählten Auftrag; das Fertige bleibt erhalten, „Erneut“ setzt ihn fort.</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="177"/>
        <source>Re&amp;try</source>
        <translation>&amp;Erneut</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="178"/>
        <source>Queues a failed, cancelled or done job again.</source>
        <translation>Reiht einen fehlgeschlagenen, abgebrochenen oder fertigen Auftrag erneut ein.</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="179"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="181"/>
        <source>Removes the selected job from the queue (Delete); the files it wrote stay.</source>
        <translation>Entfernt den gewählten Auftrag aus der Warteschlange (Entf); seine geschriebenen Dateien bleiben.</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="183"/>
        <source>Clear &amp;Done</source>
        <translation>&amp;Fertige entfernen</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="184"/>
        <source>Removes every finished job from the list.</source>
        <translation>Entfernt alle fertigen Aufträge aus der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="199"/>
        <source>%1 (draft)</source>
        <translation>%1 (Entwurf)</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="203"/>
        <source>%1
Recording: %2
Portrait: %3</source>
        <translation>%1
Aufnahme: %2
Porträt: %3</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="230"/>
        <source> · step %1 / %2</source>
        <translation> · Schritt %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="232"/>
        <source> · %1 left</source>
        <translation> · noch %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="239"/>
        <source>&amp;Start Queue</source>
        <translation>Warteschlange &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="239"/>
        <source>&amp;Pause Queue</source>
        <translation>Warteschlange &amp;anhalten</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="240"/>
        <source>Renders the waiting jobs one after the other.</source>
        <translation>Rendert die wartenden Aufträge nacheinander.</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="241"/>
        <source>Stops after saving the running job&apos;s progress; starting again continues it.</source>
        <translation>Hält an, nachdem der Fortschritt des laufenden Auftrags gesichert ist; erneutes Starten setzt ihn fort.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/render_queue_panel.cpp" line="266"/>
        <source>%n to render</source>
        <translation>
            <numerusform>%n zu rendern</numerusform>
            <numerusform>%n zu rendern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/render_queue_panel.cpp" line="267"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n fertig</numerusform>
            <numerusform>%n fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/render_queue_panel.cpp" line="268"/>
        <source>%n failed or cancelled</source>
        <translation>
            <numerusform>%n fehlgeschlagen oder abgebrochen</numerusform>
            <numerusform>%n fehlgeschlagen oder abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="270"/>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
</context>
<context>
    <name>vx::ui::RenderQueueRunner</name>
    <message>
        <location filename="../ui/queue/render_queue_runner.cpp" line="52"/>
        <source>The saved render queue could not be read (%1); it was moved to %2 and the queue starts empty.</source>
        <translation>Die gespeicherte Render-Warteschlange konnte nicht gelesen werden (%1); sie wurde nach %2 verschoben, und die Warteschlange beginnt leer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/render_queue_runner.cpp" line="209"/>
        <source>%n frame(s) at %1 fps</source>
        <translation>
            <numerusform>%n Bild mit %1 fps</numerusform>
            <numerusform>%n Bilder mit %1 fps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vx::ui::RenderedView</name>
    <message>
        <location filename="../ui/preview/rendered_view.cpp" line="13"/>
        <source>RENDERED</source>
        <translation>GERENDERT</translation>
    </message>
    <message>
        <location filename="../ui/preview/rendered_view.cpp" line="13"/>
        <source>The last rendered video at the playhead.</source>
        <translation>Das zuletzt gerenderte Video an der Abspielposition.</translation>
    </message>
    <message>
        <location filename="../ui/preview/rendered_view.cpp" line="15"/>
        <source>Not rendered at this moment: the green band on the timeline shows what has been rendered.</source>
        <translation>An dieser Stelle nicht gerendert: Das grüne Band auf der Zeitleiste zeigt, was gerendert wurde.</translation>
    </message>
</context>
<context>
    <name>vx::ui::ResumePrompt</name>
    <message>
        <location filename="../ui/render/resume_prompt.cpp" line="15"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/render/resume_prompt.cpp" line="19"/>
        <source>&amp;Start Over</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <location filename="../ui/render/resume_prompt.cpp" line="30"/>
        <location filename="../ui/render/resume_prompt.cpp" line="57"/>
        <source>Interrupted Render</source>
        <translation>Unterbrochenes Rendern</translation>
    </message>
    <message>
        <location filename="../ui/render/resume_prompt.cpp" line="31"/>
        <source>An interrupted render of %1 was saved (%2).</source>
        <translation>Ein unterbrochenes Rendern von %1 wurde gespeichert (%2).</translation>
    </message>
    <message>
        <location filename="../ui/render/resume_prompt.cpp" line="36"/>
        <source>Resume it where it stopped, or discard it and start over?</source>
        <translation>Dort fortsetzen, wo es angehalten hat, oder verwerfen und neu beginnen?</translation>
    </message>
    <message>
        <location filename="../ui/render/resume_prompt.cpp" line="58"/>
        <source>The render of %1 was interrupted (%2). Resume it now?</source>
        <translation>Das Rendern von %1 wurde unterbrochen (%2). Jetzt fortsetzen?</translation>
    </message>
    <message>
        <location filename="../ui/render/resume_prompt.cpp" line="63"/>
        <source>No keeps it: rendering to the same file later offers to resume it. Discard deletes it.</source>
        <translation>Nein behält es: Wenn Sie später in dieselbe Datei rendern, wird das Fortsetzen angeboten. Verwerfen löscht es.</translation>
    </message>
</context>
<context>
    <name>vx::ui::SaveStyleDialog</name>
    <message>
        <location filename="../ui/styles/save_style_dialog.cpp" line="20"/>
        <source>Save as Style</source>
        <translation>Als Stil speichern</translation>
    </message>
    <message>
        <location filename="../ui/styles/save_style_dialog.cpp" line="23"/>
        <source>Saves the performance settings as a style of your own (the seeds, the blinks placed on the timeline and the quality settings are not part of a style).</source>
        <translation>Speichert die Darbietungseinstellungen als eigenen Stil (die Startwerte, die auf der Zeitleiste gesetzten Lidschläge und die Qualitätseinstellungen gehören nicht zu einem Stil).</translation>
    </message>
    <message>
        <location filename="../ui/styles/save_style_dialog.cpp" line="32"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/styles/save_style_dialog.cpp" line="35"/>
        <source>What the style is for, in a few words</source>
        <translation>Wofür der Stil gedacht ist, in wenigen Worten</translation>
    </message>
    <message>
        <location filename="../ui/styles/save_style_dialog.cpp" line="36"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/styles/save_style_dialog.cpp" line="65"/>
        <source>Give the style a name.</source>
        <translation>Geben Sie dem Stil einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/styles/save_style_dialog.cpp" line="67"/>
        <source>This name cannot be used: %1.</source>
        <translation>Dieser Name ist nicht möglich: %1.</translation>
    </message>
    <message>
        <location filename="../ui/styles/save_style_dialog.cpp" line="69"/>
        <source>“%1” is a built-in style; choose another name.</source>
        <translation>„%1“ ist ein mitgelieferter Stil; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/styles/save_style_dialog.cpp" line="73"/>
        <source>You have a style called “%1”; saving replaces it.</source>
        <translation>Sie haben bereits einen Stil namens „%1“; Speichern ersetzt ihn.</translation>
    </message>
    <message>
        <location filename="../ui/styles/save_style_dialog.cpp" line="77"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/styles/save_style_dialog.cpp" line="77"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>vx::ui::StudioInputs</name>
    <message>
        <location filename="../ui/inputs/studio_inputs.cpp" line="32"/>
        <source>%1: the face landmarks the preview needs were not found.</source>
        <translation>%1: Die Gesichtsmerkmale, die die Vorschau braucht, wurden nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>vx::ui::StylePicker</name>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="155"/>
        <source>Speaking style</source>
        <translation>Sprechstil</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="157"/>
        <source>Click a style to use it: it sets expression, identity, head motion and blinks at once. Each picture shows the style on your portrait.</source>
        <translation>Klicken Sie auf einen Stil, um ihn zu verwenden: Er setzt Ausdruck, Identität, Kopfbewegung und Lidschläge auf einmal. Jedes Bild zeigt den Stil an Ihrem Porträt.</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="159"/>
        <source>Save as Style…</source>
        <translation>Als Stil speichern…</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="160"/>
        <source>Saves the current performance settings as a style of your own.</source>
        <translation>Speichert die aktuellen Darbietungseinstellungen als eigenen Stil.</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="161"/>
        <source>Manage</source>
        <translation>Verwalten</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="162"/>
        <source>Rename, delete, import or export styles.</source>
        <translation>Stile umbenennen, löschen, importieren oder exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="163"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="164"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="165"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="166"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="195"/>
        <source>your style</source>
        <translation>Ihr Stil</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="195"/>
        <source>built-in</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="283"/>
        <source>No style chosen: each control has its own value.</source>
        <translation>Kein Stil gewählt: Jeder Regler hat seinen eigenen Wert.</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="288"/>
        <source>Style: %1</source>
        <translation>Stil: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/styles/style_picker.cpp" line="289"/>
        <source>Style: %1 · modified (%n control(s) changed, shown in bold below)</source>
        <translation>
            <numerusform>Stil: %1 · geändert (%n Regler geändert, unten fett)</numerusform>
            <numerusform>Stil: %1 · geändert (%n Regler geändert, unten fett)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="294"/>
        <source>Style: %1 · not among your styles; the project keeps its own values</source>
        <translation>Stil: %1 · nicht unter Ihren Stilen; das Projekt behält seine eigenen Werte</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/styles/style_picker.cpp" line="297"/>
        <source>%n style file(s) could not be read: %1</source>
        <translation>
            <numerusform>%n Stildatei konnte nicht gelesen werden: %1</numerusform>
            <numerusform>%n Stildateien konnten nicht gelesen werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="354"/>
        <source>The style was not saved: %1</source>
        <translation>Der Stil wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="363"/>
        <source>Rename Style</source>
        <translation>Stil umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="363"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="376"/>
        <source>The style was not renamed: %1</source>
        <translation>Der Stil wurde nicht umbenannt: %1</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="385"/>
        <source>Delete Style</source>
        <translation>Stil löschen</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="386"/>
        <source>Delete your style “%1”? Projects that use it keep their values.</source>
        <translation>Ihren Stil „%1“ löschen? Projekte, die ihn verwenden, behalten ihre Werte.</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="396"/>
        <source>The style was not deleted: %1</source>
        <translation>Der Stil wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="411"/>
        <source>The style was not imported: %1</source>
        <translation>Der Stil wurde nicht importiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="424"/>
        <source>The style was not exported: %1</source>
        <translation>Der Stil wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="430"/>
        <source>Import Style</source>
        <translation>Stil importieren</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="431"/>
        <location filename="../ui/styles/style_picker.cpp" line="441"/>
        <source>VX Studio styles (*.json)</source>
        <translation>VX-Studio-Stile (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="441"/>
        <source>Export Style</source>
        <translation>Stil exportieren</translation>
    </message>
</context>
<context>
    <name>vx::ui::SystemInfoDialog</name>
    <message>
        <location filename="../ui/dialogs/system_info_dialog.cpp" line="84"/>
        <source>System Information</source>
        <translation>Systeminformationen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/system_info_dialog.cpp" line="86"/>
        <source>Paste this into a bug report: it names the versions, the devices, the libraries in use, the model folder&apos;s state and the log file.</source>
        <translation>Fügen Sie dies in einen Fehlerbericht ein: Es nennt die Versionen, die Geräte, die verwendeten Bibliotheken, den Zustand des Modellordners und die Protokolldatei.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/system_info_dialog.cpp" line="88"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/system_info_dialog.cpp" line="90"/>
        <source>Collecting…</source>
        <translation>Wird gesammelt…</translation>
    </message>
</context>
<context>
    <name>vx::ui::TimelinePlot</name>
    <message>
        <location filename="../ui/timeline/timeline_plot.cpp" line="131"/>
        <location filename="../ui/timeline/timeline_plot.cpp" line="132"/>
        <location filename="../ui/timeline/timeline_plot.cpp" line="140"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_plot.cpp" line="133"/>
        <source>Yaw</source>
        <translation>Gieren</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_plot.cpp" line="134"/>
        <source>Pitch</source>
        <translation>Nicken</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_plot.cpp" line="135"/>
        <source>Roll</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_plot.cpp" line="138"/>
        <source>Blinks</source>
        <translation>Lidschläge</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_plot.cpp" line="139"/>
        <source>Head yaw/pitch/roll</source>
        <translation>Kopf: Gieren/Nicken/Rollen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_plot.cpp" line="141"/>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_plot.cpp" line="142"/>
        <source>yaw</source>
        <translation>Gieren</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_plot.cpp" line="143"/>
        <source>pitch</source>
        <translation>Nicken</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_plot.cpp" line="144"/>
        <source>roll</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_plot.cpp" line="147"/>
        <source>Wheel: zoom the time axis. Drag: pan. Click on the blink lane: add or remove a blink. Click elsewhere: move the playhead. Shift-drag: select the loop range.</source>
        <translation>Mausrad: Zeitachse zoomen. Ziehen: verschieben. Klick in die Blinzel-Spur: Blinzeln hinzufügen oder entfernen. Klick anderswo: Abspielposition setzen. Umschalt+Ziehen: Schleifenbereich wählen.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_plot.cpp" line="145"/>
        <location filename="../ui/timeline/timeline_plot.cpp" line="186"/>
        <source>±%1°</source>
        <translation>±%1°</translation>
    </message>
</context>
</TS>
