<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDeviceDialog</name>
    <message>
        <location filename="../../ipm_viewer/ui/widgets/about_device.py" line="+27"/>
        <location line="+4"/>
        <source>About this device</source>
        <translation>Acerca de este equipo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reload content reads the clinic settings and content again, for example after a new content pack was installed. The current screen starts over.</source>
        <translation>«Volver a cargar el contenido» lee de nuevo los ajustes de la clínica y el contenido, por ejemplo después de instalar un nuevo paquete de contenido. La pantalla actual empieza de nuevo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reload content</source>
        <translation>Volver a cargar el contenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the clinic settings and content again</source>
        <translation>Leer de nuevo los ajustes de la clínica y el contenido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>App version</source>
        <translation>Versión de la aplicación</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Content pack</source>
        <translation>Paquete de contenido</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>{pack} version {version}, signed {date}</source>
        <translation>{pack} versión {version}, firmado el {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signer fingerprint</source>
        <translation>Huella digital de quien firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack folder</source>
        <translation>Carpeta del paquete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None installed: the bundled library</source>
        <translation>Ninguno instalado: se usa la biblioteca incluida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed content</source>
        <translation>Contenido firmado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required: only packs signed by a trusted key are shown ({n} keys)</source>
        <translation>Obligatorio: solo se muestran paquetes firmados con una clave de confianza ({n} claves)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not required ({n} trusted keys)</source>
        <translation>No obligatorio ({n} claves de confianza)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clinical review</source>
        <translation>Revisión clínica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} of {total} files signed off by a clinician; {due} due for review</source>
        <translation>{done} de {total} archivos aprobados por un profesional clínico; {due} deben revisarse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clinic settings file</source>
        <translation>Archivo de ajustes de la clínica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None found: neutral defaults are in use</source>
        <translation>No se encontró: se usan los ajustes neutros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content pack folder</source>
        <translation>Carpeta de paquetes de contenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content problems</source>
        <translation>Problemas del contenido</translation>
    </message>
</context>
<context>
    <name>AtAGlancePanel</name>
    <message>
        <location filename="../../ipm_viewer/ui/widgets/at_a_glance.py" line="+18"/>
        <source>Yes. Someone must drive you home.</source>
        <translation>Sí. Alguien debe llevarlo a casa en auto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usually not needed.</source>
        <translation>Por lo general, no hace falta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long</source>
        <translation>Cuánto dura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbing and sedation</source>
        <translation>Anestesia y sedación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imaging</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver needed</source>
        <translation>¿Necesita quien maneje?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time off</source>
        <translation>Días de descanso</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+19"/>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
</context>
<context>
    <name>BenefitsAndRisksPage</name>
    <message>
        <location filename="../../ipm_viewer/handout/procedure_pages.py" line="+243"/>
        <location filename="../../ipm_viewer/ui/widgets/risk_cards.py" line="+212"/>
        <source>What you may gain</source>
        <translation>Lo que puede ganar</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../ipm_viewer/ui/widgets/risk_cards.py" line="+5"/>
        <source>**When relief starts:** {starts}</source>
        <translation>**Cuándo empieza el alivio:** {starts}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../ipm_viewer/ui/widgets/risk_cards.py" line="+8"/>
        <source>**How long it lasts:** {lasts}</source>
        <translation>**Cuánto dura:** {lasts}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../ipm_viewer/ui/widgets/risk_cards.py" line="+13"/>
        <source>Possible risks</source>
        <translation>Posibles riesgos</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ipm_viewer/ui/widgets/risk_cards.py" line="+4"/>
        <source>Common and usually mild</source>
        <translation>Frecuentes y por lo general leves</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ipm_viewer/ui/widgets/risk_cards.py" line="+3"/>
        <source>Rare but serious</source>
        <translation>Raros pero graves</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../ipm_viewer/ui/widgets/risk_cards.py" line="+20"/>
        <source>If you do nothing, or choose another option</source>
        <translation>Si no hace nada o elige otra opción</translation>
    </message>
    <message>
        <location filename="../../ipm_viewer/ui/widgets/risk_cards.py" line="-7"/>
        <source>None listed.</source>
        <translation>No hay ninguno en la lista.</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <location filename="../../ipm_viewer/ui/widgets/body_map.py" line="+43"/>
        <source>Body map</source>
        <translation>Mapa del cuerpo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Front and back of the body. Tap where it hurts to see what can help; the buttons beside it do the same.</source>
        <translation>El cuerpo de frente y de espalda. Toque donde le duele para ver qué puede ayudarle; los botones de al lado hacen lo mismo.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Front</source>
        <translation>De frente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>De espalda</translation>
    </message>
</context>
<context>
    <name>ConditionScreen</name>
    <message>
        <location filename="../../ipm_viewer/handout/document.py" line="+188"/>
        <location filename="../../ipm_viewer/ui/screens/condition.py" line="+59"/>
        <source>What people notice</source>
        <translation>Lo que la gente nota</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ipm_viewer/ui/screens/condition.py" line="+6"/>
        <source>Procedures that may help</source>
        <translation>Procedimientos que pueden ayudar</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ipm_viewer/ui/screens/condition.py" line="+12"/>
        <source>Many people get better with exercise, physical therapy and medicines. Your doctor can tell you which choices fit you.</source>
        <translation>Muchas personas mejoran con ejercicio, fisioterapia y medicinas. Su médico puede decirle qué opciones son buenas para usted.</translation>
    </message>
    <message>
        <location filename="../../ipm_viewer/ui/screens/condition.py" line="-33"/>
        <source>Condition · {where}</source>
        <translation>Problema de salud · {where}</translation>
    </message>
</context>
<context>
    <name>DecidePage</name>
    <message>
        <location filename="../../ipm_viewer/handout/procedure_pages.py" line="-157"/>
        <location filename="../../ipm_viewer/ui/widgets/info_pages.py" line="+22"/>
        <source>Tell your doctor first if</source>
        <translation>Antes, dígale a su médico si</translation>
    </message>
    <message>
        <location line="+265"/>
        <location filename="../../ipm_viewer/ui/widgets/info_pages.py" line="+5"/>
        <source>Questions to ask your doctor</source>
        <translation>Preguntas para su médico</translation>
    </message>
</context>
<context>
    <name>DiagramTools</name>
    <message>
        <location filename="../../ipm_viewer/ui/widgets/diagram_tools.py" line="+36"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the picture smaller</source>
        <translation>Hacer más pequeña la imagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit picture</source>
        <translation>Ajustar la imagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole picture</source>
        <translation>Mostrar la imagen completa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the picture bigger</source>
        <translation>Hacer más grande la imagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw</source>
        <translation>Dibujar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draw on the picture</source>
        <translation>Dibujar sobre la imagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Orange ink</source>
        <translation>Tinta naranja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue ink</source>
        <translation>Tinta azul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green ink</source>
        <translation>Tinta verde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black ink</source>
        <translation>Tinta negra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw in this colour</source>
        <translation>Dibujar con este color</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the last line drawn</source>
        <translation>Borrar la última línea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear drawing</source>
        <translation>Borrar el dibujo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every line drawn on this picture</source>
        <translation>Borrar todas las líneas dibujadas en esta imagen</translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <location filename="../../ipm_viewer/ui/widgets/diagram_view.py" line="+127"/>
        <source>Diagram</source>
        <translation>Dibujo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{description} Labels: {labels}.</source>
        <translation>{description} Rótulos: {labels}.</translation>
    </message>
</context>
<context>
    <name>GlossaryScreen</name>
    <message>
        <location filename="../../ipm_viewer/ui/screens/glossary.py" line="+31"/>
        <source>Words explained, A to Z</source>
        <translation>Palabras explicadas, de la A a la Z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The medical words used in this app, in plain language.</source>
        <translation>Las palabras médicas de esta aplicación, explicadas con palabras sencillas.</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <location filename="../../ipm_viewer/ui/screens/guide.py" line="+58"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reviewed {date}. This guide helps you learn; it does not replace your doctor&apos;s advice.</source>
        <translation>Revisado el {date}. Esta guía le ayuda a aprender; no reemplaza los consejos de su médico.</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../ipm_viewer/handout/blocks.py" line="+73"/>
        <source>Your care team</source>
        <translation>Su equipo de atención</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printed {date}</source>
        <translation>Impreso el {date}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Notes from your care team</source>
        <translation>Notas de su equipo de atención</translation>
    </message>
    <message>
        <location filename="../../ipm_viewer/handout/document.py" line="-98"/>
        <source>This part is not yet available in {language}. It is shown in English.</source>
        <translation>Esta parte todavía no está disponible en {language}. Se muestra en inglés.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Content of {date}, awaiting clinical review</source>
        <translation>Contenido del {date}, en espera de revisión clínica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content reviewed {date}</source>
        <translation>Contenido revisado el {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IPM Viewer {version}</source>
        <translation>IPM Viewer {version}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your visit: {items}</source>
        <translation>Su consulta: {items}</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../../ipm_viewer/handout/procedure_pages.py" line="-295"/>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+17"/>
        <source>Your visit</source>
        <translation>Su consulta</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>What we talked about today, in the order we talked about it.</source>
        <translation>Lo que hablamos hoy, en el orden en que lo hablamos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In this handout</source>
        <translation>En esta hoja</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(page {page})</source>
        <translation>(página {page})</translation>
    </message>
    <message>
        <location filename="../../ipm_viewer/handout/kiosk_print.py" line="+18"/>
        <source>Ask at the desk for your printout</source>
        <translation>Pida su hoja impresa en la recepción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printing is not available right now. Please ask at the desk.</source>
        <translation>Ahora no se puede imprimir. Por favor, pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../../ipm_viewer/handout/preview.py" line="+45"/>
        <source>Handout: {title}</source>
        <translation>Hoja informativa: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>16 point text; the pages re-flow</source>
        <translation>Texto de 16 puntos; las páginas se reorganizan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this handout as a PDF file</source>
        <translation>Guardar esta hoja como archivo PDF</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Save handout as PDF</source>
        <translation>Guardar la hoja como PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PDF could not be saved in that folder.</source>
        <translation>No se pudo guardar el PDF en esa carpeta.</translation>
    </message>
    <message>
        <location filename="../../ipm_viewer/handout/procedure_pages.py" line="+15"/>
        <source>Arrange for an adult to drive you home.</source>
        <translation>Pida a un adulto que lo lleve a casa en auto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your care team what to do about eating, drinking and your medicines, including blood thinners. Do not stop a medicine on your own.</source>
        <translation>Pregunte a su equipo de atención qué hacer con la comida, la bebida y sus medicinas, también los anticoagulantes. No deje de tomar una medicina por su cuenta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bring this handout, a list of your medicines, and your questions.</source>
        <translation>Traiga esta hoja, una lista de sus medicinas y sus preguntas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before the day</source>
        <translation>Antes del día</translation>
    </message>
    <message>
        <location line="+294"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../ipm_viewer/handout/render.py" line="+172"/>
        <source>This handout helps you learn. It does not replace your doctor&apos;s advice.</source>
        <translation>Esta hoja le ayuda a aprender. No reemplaza los consejos de su médico.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>page {n} of {total}</source>
        <translation>página {n} de {total}</translation>
    </message>
</context>
<context>
    <name>HandoutButtons</name>
    <message>
        <location filename="../../ipm_viewer/handout/buttons.py" line="+21"/>
        <source>Print or save</source>
        <translation>Imprimir o guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print or save a handout</source>
        <translation>Imprimir o guardar una hoja informativa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A take-home handout of this procedure, on paper or as a PDF (Ctrl+P)</source>
        <translation>Una hoja de este procedimiento para llevar a casa, en papel o en PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print or save a handout (Ctrl+P)</source>
        <translation>Imprimir o guardar una hoja informativa (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Print this for me</source>
        <translation>Imprímamelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a handout of this procedure to collect at the desk</source>
        <translation>Imprimir una hoja de este procedimiento para recogerla en la recepción</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing</source>
        <translation>Imprimiendo</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../ipm_viewer/ui/widgets/header_bar.py" line="+73"/>
        <source>‹  Back</source>
        <translation>‹  Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to the previous screen (Esc)</source>
        <translation>Volver a la pantalla anterior (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back (Esc)</source>
        <translation>Atrás (Esc)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IPM Viewer</source>
        <translation>IPM Viewer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questions? Call {phone}</source>
        <translation>¿Preguntas? Llame al {phone}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Understanding your pain procedure</source>
        <translation>Entienda su procedimiento para el dolor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search procedures  (Ctrl+F)</source>
        <translation>Buscar procedimientos  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Search procedures</source>
        <translation>Buscar procedimientos</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a procedure name, another name for it, or a condition</source>
        <translation>Escriba el nombre de un procedimiento, otro nombre que tenga o un problema de salud</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Content problems</source>
        <translation>Problemas del contenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the problems found in the clinic&apos;s content files</source>
        <translation>Mostrar los problemas encontrados en los archivos de contenido de la clínica</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff menu</source>
        <translation>Menú del personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About this device, reload content</source>
        <translation>Acerca de este equipo, volver a cargar el contenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About this device</source>
        <translation>Acerca de este equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload content</source>
        <translation>Volver a cargar el contenido</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the text bigger; after the biggest size it starts again</source>
        <translation>Agrandar el texto; después del tamaño más grande, vuelve a empezar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to white and yellow text on black</source>
        <translation>Cambiar a texto blanco y amarillo sobre fondo negro</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+165"/>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Present full screen (F11)</source>
        <translation>Mostrar en pantalla completa (F11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen (F11)</source>
        <translation>Pantalla completa (F11)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>1 content problem</source>
        <translation>1 problema del contenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} content problems</source>
        <translation>{n} problemas del contenido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 content note</source>
        <translation>1 nota del contenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} content notes</source>
        <translation>{n} notas del contenido</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aa {percent}%</source>
        <translation>Aa {percent} %</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exit full screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../ipm_viewer/ui/screens/home.py" line="+195"/>
        <source>Learn about your procedure</source>
        <translation>Conozca su procedimiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a procedure to see what happens before, during and after it, with pictures, and what the risks and benefits are.</source>
        <translation>Elija un procedimiento para ver, con imágenes, qué pasa antes, durante y después, y cuáles son sus riesgos y beneficios.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All areas</source>
        <translation>Todas las zonas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where does it hurt?</source>
        <translation>¿Dónde le duele?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Show procedures for this part of the body</source>
        <translation>Mostrar los procedimientos para esta parte del cuerpo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show procedures for every part of the body</source>
        <translation>Mostrar los procedimientos para todas las partes del cuerpo</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Other procedures</source>
        <translation>Otros procedimientos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Words explained, A to Z</source>
        <translation>Palabras explicadas, de la A a la Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The medical words you may hear, in plain language.</source>
        <translation>Las palabras médicas que puede oír, explicadas con palabras sencillas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guides and common questions</source>
        <translation>Guías y preguntas frecuentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to expect from pain care, your visit, and answers to common questions.</source>
        <translation>Qué esperar del tratamiento del dolor y de su consulta, y respuestas a preguntas frecuentes.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Nothing matches “{text}”. Try another word, such as “back”, “knee” or “injection”.</source>
        <translation>No se encontró nada para «{text}». Pruebe con otra palabra, como «espalda», «rodilla» o «inyección».</translation>
    </message>
</context>
<context>
    <name>IconArray</name>
    <message>
        <location filename="../../ipm_viewer/ui/widgets/icon_array.py" line="+108"/>
        <source>Picture of people</source>
        <translation>Dibujo de personas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Picture of {total} people. None are coloured: this is rarer than 1 in {total}.</source>
        <translation>Dibujo de {total} personas. Ninguna tiene color: esto pasa a menos de 1 de cada {total}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picture of {total} people: {low} coloured and {extra} more outlined, showing a range of {low} to {high}.</source>
        <translation>Dibujo de {total} personas: {low} con color y {extra} más marcadas con un borde; muestran un rango de {low} a {high}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Picture of {total} people: {n} are coloured.</source>
        <translation>Dibujo de {total} personas: {n} tienen color.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../ipm_viewer/ui/app.py" line="+116"/>
        <source>Kiosk mode needs a staff PIN{where}, so that staff (and only staff) can leave it.
Set one with:  ipm-viewer set-pin</source>
        <translation>El modo quiosco necesita un PIN del personal{where}, para que el personal (y solo el personal) pueda salir de él.
Póngalo con:  ipm-viewer set-pin</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ipm_viewer/ui/untranslated.py" line="+15"/>
        <source>(in English)</source>
        <translation>(en inglés)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ipm_viewer/ui/main_window.py" line="+114"/>
        <source>IPM Viewer</source>
        <translation>IPM Viewer</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <location filename="../../ipm_viewer/ui/widgets/phase_strip.py" line="+26"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the day</source>
        <translation>El mismo día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During</source>
        <translation>Durante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right after</source>
        <translation>Justo después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
</context>
<context>
    <name>PhaseStrip</name>
    <message>
        <location line="+22"/>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step {n} of {total}: {phase}</source>
        <translation>Paso {n} de {total}: {phase}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ipm_viewer/ui/widgets/pin_pad.py" line="+32"/>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff only</source>
        <translation>Solo para el personal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the PIN, then OK to leave kiosk mode, or About this device.</source>
        <translation>Escriba el PIN y luego toque Aceptar para salir del modo quiosco, o Acerca de este equipo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PIN entered</source>
        <translation>PIN escrito</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the PIN</source>
        <translation>Borrar el PIN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check the PIN</source>
        <translation>Comprobar el PIN</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About this device</source>
        <translation>Acerca de este equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the PIN, then show this device&apos;s version and content (stays a kiosk)</source>
        <translation>Comprobar el PIN y mostrar la versión y el contenido de este equipo (sigue en modo quiosco)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the PIN pad and stay in kiosk mode</source>
        <translation>Cerrar el teclado del PIN y seguir en modo quiosco</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type {digit}</source>
        <translation>Escribir {digit}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Too many wrong PINs. Try again in {n} seconds.</source>
        <translation>Demasiados PIN incorrectos. Inténtelo de nuevo en {n} segundos.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../ipm_viewer/ui/widgets/problems_dialog.py" line="+16"/>
        <location line="+4"/>
        <source>Content problems</source>
        <translation>Problemas del contenido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These files could not be used, fully or in part. Everything else is shown as usual. Fix the files, then check them with: ipm-viewer validate FOLDER</source>
        <translation>No se pudieron usar estos archivos, del todo o en parte. Todo lo demás se muestra como siempre. Corrija los archivos y luego compruébelos con: ipm-viewer validate CARPETA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One line per problem: file, line, column and what is wrong</source>
        <translation>Una línea por problema: archivo, línea, columna y qué está mal</translation>
    </message>
</context>
<context>
    <name>ProcedureCard</name>
    <message>
        <location filename="../../ipm_viewer/ui/widgets/cards.py" line="+63"/>
        <source>Also called: {names}</source>
        <translation>También se llama: {names}</translation>
    </message>
</context>
<context>
    <name>ProcedureHeading</name>
    <message>
        <location filename="../../ipm_viewer/handout/procedure_pages.py" line="-315"/>
        <location filename="../../ipm_viewer/ui/widgets/procedure_heading.py" line="+86"/>
        <source>Used for: {conditions}</source>
        <translation>Se usa para: {conditions}</translation>
    </message>
    <message>
        <location filename="../../ipm_viewer/ui/widgets/procedure_heading.py" line="-38"/>
        <source>This app helps you learn. It does not replace your doctor&apos;s advice. Ask your care team about your own situation.</source>
        <translation>Esta aplicación le ayuda a aprender. No reemplaza los consejos de su médico. Pregunte a su equipo de atención sobre su caso.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This app helps you learn. It does not replace your doctor&apos;s advice.</source>
        <translation>Esta aplicación le ayuda a aprender. No reemplaza los consejos de su médico.</translation>
    </message>
</context>
<context>
    <name>ProcedureScreen</name>
    <message>
        <location filename="../../ipm_viewer/handout/procedure_pages.py" line="+64"/>
        <location filename="../../ipm_viewer/ui/screens/procedure.py" line="+87"/>
        <source>What to expect</source>
        <translation>Qué esperar</translation>
    </message>
    <message>
        <location line="+66"/>
        <location filename="../../ipm_viewer/ui/screens/procedure.py" line="+1"/>
        <source>Benefits and risks</source>
        <translation>Beneficios y riesgos</translation>
    </message>
    <message>
        <location line="+151"/>
        <location filename="../../ipm_viewer/ui/screens/procedure.py" line="+2"/>
        <source>When to call</source>
        <translation>Cuándo llamar</translation>
    </message>
    <message>
        <location filename="../../ipm_viewer/ui/screens/procedure.py" line="-1"/>
        <source>Is it right for me?</source>
        <translation>¿Es para mí?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check your understanding</source>
        <translation>Compruebe lo que entendió</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide how long it takes, numbing, imaging, where, and driving</source>
        <translation>Mostrar u ocultar cuánto dura, la anestesia, las imágenes, el lugar y si necesita quien maneje</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>About this procedure</source>
        <translation>Sobre este procedimiento</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <location filename="../../ipm_viewer/ui/widgets/quiz.py" line="+43"/>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the questions again</source>
        <translation>Empezar las preguntas de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the first question</source>
        <translation>Volver a la primera pregunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+76"/>
        <source>Next question  ›</source>
        <translation>Siguiente pregunta  ›</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Next question</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on to the next question</source>
        <translation>Pasar a la siguiente pregunta</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Question {n} of {total}</source>
        <translation>Pregunta {n} de {total}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose this answer</source>
        <translation>Elegir esta respuesta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>✓  {answer}</source>
        <translation>✓  {answer}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That&apos;s right.</source>
        <translation>¡Correcto!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not quite. The right answer is marked.</source>
        <translation>No exactamente. La respuesta correcta está marcada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>See summary  ›</source>
        <translation>Ver resumen  ›</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You answered {right} of {total} questions correctly.</source>
        <translation>Contestó bien {right} de {total} preguntas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thank you.</source>
        <translation>Gracias.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If anything is unclear, ask your care team. Your answers are not saved.</source>
        <translation>Si algo no está claro, pregunte a su equipo de atención. Sus respuestas no se guardan.</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <location filename="../../ipm_viewer/ui/read_aloud.py" line="+77"/>
        <location line="+29"/>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Read this step or section aloud; press again to stop</source>
        <translation>Leer en voz alta este paso o esta sección; toque de nuevo para parar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Stop reading</source>
        <translation>Dejar de leer</translation>
    </message>
</context>
<context>
    <name>RiskCard</name>
    <message>
        <location filename="../../ipm_viewer/ui/widgets/risk_cards.py" line="-112"/>
        <source>What you may notice</source>
        <translation>Lo que puede notar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long it lasts</source>
        <translation>Cuánto dura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
</context>
<context>
    <name>RiskLanguage</name>
    <message>
        <location filename="../../ipm_viewer/ui/risk_language.py" line="+118"/>
        <source>Counted for each procedure, not for each person.</source>
        <translation>Se cuenta por cada procedimiento, no por cada persona.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted for each level treated, not for each person.</source>
        <translation>Se cuenta por cada nivel tratado, no por cada persona.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted for each nerve treated, not for each person.</source>
        <translation>Se cuenta por cada nervio tratado, no por cada persona.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rare: reported only in single cases</source>
        <translation>Raro: solo se ha informado en casos aislados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reliable figure</source>
        <translation>No hay una cifra confiable</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Only single cases have been reported, so there is no count.</source>
        <translation>Solo se han informado casos aislados, así que no hay una cifra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Studies do not give a reliable number for this.</source>
        <translation>Los estudios no dan una cifra confiable para esto.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <location line="+60"/>
        <source>{low} to {high}</source>
        <translation>{low} a {high}</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>About {n} in {per} people</source>
        <translation>Unas {n} de cada {per} personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No one in {per} people</source>
        <translation>Nadie de {per} personas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A study counted {per} people and no one got it{period}.</source>
        <translation>Un estudio contó {per} personas y nadie lo tuvo{period}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Between {low} and {high} in {per} people</source>
        <translation>Entre {low} y {high} de cada {per} personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of {per} people, {affected} get it{period}; {unaffected} do not.</source>
        <translation>De cada {per} personas, {affected} lo tienen{period}; {unaffected} no.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out of {per} people, {affected} do; {unaffected} do not.</source>
        <translation>De cada {per} personas, {affected} sí; {unaffected} no.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About {n} in {per} procedures</source>
        <translation>Unos {n} de cada {per} procedimientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None in {per} procedures</source>
        <translation>Ninguno de {per} procedimientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too rare to show: fewer than 1 of these {n} procedures.</source>
        <translation>Demasiado raro para mostrarlo: menos de 1 de estos {n} procedimientos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A study counted {per} procedures and none led to it{period}.</source>
        <translation>Un estudio contó {per} procedimientos y ninguno lo causó{period}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Between {low} and {high} in {per} procedures</source>
        <translation>Entre {low} y {high} de cada {per} procedimientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of {per} procedures, {affected} lead to it{period}; {unaffected} do not.</source>
        <translation>De cada {per} procedimientos, {affected} lo causan{period}; {unaffected} no.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out of {per} procedures, {affected} do; {unaffected} do not.</source>
        <translation>De cada {per} procedimientos, {affected} sí; {unaffected} no.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About {n} in {per} levels treated</source>
        <translation>Unos {n} de cada {per} niveles tratados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None in {per} levels treated</source>
        <translation>Ninguno de {per} niveles tratados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too rare to show: fewer than 1 of these {n} levels treated.</source>
        <translation>Demasiado raro para mostrarlo: menos de 1 de estos {n} niveles tratados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A study counted {per} levels treated and none led to it{period}.</source>
        <translation>Un estudio contó {per} niveles tratados y ninguno lo causó{period}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Between {low} and {high} in {per} levels treated</source>
        <translation>Entre {low} y {high} de cada {per} niveles tratados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out of {per} levels treated, {affected} lead to it{period}; {unaffected} do not.</source>
        <translation>De cada {per} niveles tratados, {affected} lo causan{period}; {unaffected} no.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out of {per} levels treated, {affected} do; {unaffected} do not.</source>
        <translation>De cada {per} niveles tratados, {affected} sí; {unaffected} no.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About {n} in {per} nerves treated</source>
        <translation>Unos {n} de cada {per} nervios tratados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None in {per} nerves treated</source>
        <translation>Ninguno de {per} nervios tratados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too rare to show: fewer than 1 of these {n} nerves treated.</source>
        <translation>Demasiado raro para mostrarlo: menos de 1 de estos {n} nervios tratados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A study counted {per} nerves treated and none led to it{period}.</source>
        <translation>Un estudio contó {per} nervios tratados y ninguno lo causó{period}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Between {low} and {high} in {per} nerves treated</source>
        <translation>Entre {low} y {high} de cada {per} nervios tratados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out of {per} nerves treated, {affected} lead to it{period}; {unaffected} do not.</source>
        <translation>De cada {per} nervios tratados, {affected} lo causan{period}; {unaffected} no.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out of {per} nerves treated, {affected} do; {unaffected} do not.</source>
        <translation>De cada {per} nervios tratados, {affected} sí; {unaffected} no.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>That does not mean it can never happen.</source>
        <translation>Eso no quiere decir que nunca pueda pasar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Very common</source>
        <translation>Muy frecuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common</source>
        <translation>Frecuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncommon</source>
        <translation>Poco frecuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rare</source>
        <translation>Raro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very rare</source>
        <translation>Muy raro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 in 10 or more</source>
        <translation>1 de cada 10 o más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 in 100 to 1 in 10</source>
        <translation>de 1 en 100 a 1 en 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 in 1,000 to 1 in 100</source>
        <translation>de 1 en 1000 a 1 en 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 in 10,000 to 1 in 1,000</source>
        <translation>de 1 en 10.000 a 1 en 1000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fewer than 1 in 10,000</source>
        <translation>menos de 1 en 10.000</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{band} ({definition})</source>
        <translation>{band} ({definition})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The question the studies asked: whether people {outcome}.</source>
        <translation>La pregunta de los estudios: si las personas {outcome}.</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Too rare to show: fewer than 1 of these {n} people.</source>
        <translation>Demasiado raro para mostrarlo: menos de 1 de estas {n} personas.</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../ipm_viewer/ui/widgets/search_results.py" line="+16"/>
        <source>Procedure</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Problema de salud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>1 result</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} results</source>
        <translation>{n} resultados</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Show all {n} results</source>
        <translation>Ver los {n} resultados</translation>
    </message>
</context>
<context>
    <name>SectionTabs</name>
    <message>
        <location filename="../../ipm_viewer/ui/widgets/section_tabs.py" line="+47"/>
        <source>Show the &apos;{section}&apos; section</source>
        <translation>Mostrar la sección «{section}»</translation>
    </message>
</context>
<context>
    <name>SourceButton</name>
    <message>
        <location filename="../../ipm_viewer/ui/widgets/risk_cards.py" line="-106"/>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show where this number comes from: {title}</source>
        <translation>Mostrar de dónde viene esta cifra: {title}</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../ipm_viewer/ui/widgets/source_dialog.py" line="+14"/>
        <source>A guideline, a review of many studies, or a randomized trial.</source>
        <translation>Una guía clínica, una revisión de muchos estudios o un ensayo aleatorizado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A study that followed patients, or a major medical center&apos;s guide.</source>
        <translation>Un estudio que siguió a pacientes o la guía de un gran centro médico.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another source, such as a clinic&apos;s page.</source>
        <translation>Otra fuente, como la página de una clínica.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where this number comes from</source>
        <translation>De dónde viene esta cifra</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{quote}” ({locator})</source>
        <translation>“{quote}” ({locator})</translation>
    </message>
</context>
<context>
    <name>StaffCorner</name>
    <message>
        <location filename="../../ipm_viewer/ui/widgets/staff_corner.py" line="+21"/>
        <source>Staff corner</source>
        <translation>Esquina del personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff: press and hold for 3 seconds to unlock</source>
        <translation>Personal: mantenga presionado 3 segundos para desbloquear</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <location filename="../../ipm_viewer/ui/widgets/walkthrough.py" line="+72"/>
        <source>What you may feel</source>
        <translation>Lo que puede sentir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Words to know</source>
        <translation>Palabras que debe conocer</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../../ipm_viewer/ui/widgets/still_there.py" line="+23"/>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To keep your information private, this screen starts over for the next person soon.</source>
        <translation>Para proteger su privacidad, esta pantalla pronto empezará de nuevo para la próxima persona.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep reading; do not start over</source>
        <translation>Seguir leyendo; no empezar de nuevo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Starting over in {n} seconds.</source>
        <translation>Empieza de nuevo en {n} segundos.</translation>
    </message>
</context>
<context>
    <name>TermPopover</name>
    <message>
        <location filename="../../ipm_viewer/ui/widgets/term_popover.py" line="+27"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the explanation</source>
        <translation>Cerrar la explicación</translation>
    </message>
</context>
<context>
    <name>VisitBar</name>
    <message>
        <location filename="../../ipm_viewer/ui/widgets/visit_bar.py" line="+63"/>
        <source>This visit</source>
        <translation>Esta consulta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>‹</source>
        <translation>‹</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous item</source>
        <translation>Tema anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the previous item of this visit</source>
        <translation>Mostrar el tema anterior de esta consulta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>›</source>
        <translation>›</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next item</source>
        <translation>Tema siguiente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the next item of this visit</source>
        <translation>Mostrar el tema siguiente de esta consulta</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Handout for this visit</source>
        <translation>Hoja de esta consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print or save one handout with every item of this visit, in order (Ctrl+P)</source>
        <translation>Imprimir o guardar una sola hoja con todos los temas de esta consulta, en orden (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear this visit</source>
        <translation>Vaciar esta consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty the list for the next patient</source>
        <translation>Vaciar la lista para el próximo paciente</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Show item {n} of this visit</source>
        <translation>Mostrar el tema {n} de esta consulta</translation>
    </message>
</context>
<context>
    <name>VisitButton</name>
    <message>
        <location filename="../../ipm_viewer/ui/widgets/common.py" line="+99"/>
        <location line="+14"/>
        <source>+ Add to this visit</source>
        <translation>+ Agregar a esta consulta</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Add to this visit</source>
        <translation>Agregar a esta consulta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add this to the list to show and print for this visit</source>
        <translation>Agregar esto a la lista para mostrar e imprimir en esta consulta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✓ In this visit</source>
        <translation>✓ En esta consulta</translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <location filename="../../ipm_viewer/ui/widgets/walkthrough.py" line="+77"/>
        <source>‹  Previous</source>
        <translation>‹  Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back one step (Left arrow)</source>
        <translation>Volver un paso (flecha izquierda)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+151"/>
        <source>Next  ›</source>
        <translation>Siguiente  ›</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+151"/>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Go on to the next step (Right arrow)</source>
        <translation>Pasar al paso siguiente (flecha derecha)</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Step {n} of {total}</source>
        <translation>Paso {n} de {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Benefits and risks  ›</source>
        <translation>Beneficios y riesgos  ›</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to benefits and risks</source>
        <translation>Ir a beneficios y riesgos</translation>
    </message>
</context>
<context>
    <name>WhenToCallPage</name>
    <message>
        <location filename="../../ipm_viewer/handout/procedure_pages.py" line="-19"/>
        <location filename="../../ipm_viewer/ui/widgets/info_pages.py" line="+47"/>
        <source>Use the phone number your clinic gave you.</source>
        <translation>Use el número de teléfono que le dio su clínica.</translation>
    </message>
    <message>
        <location filename="../../ipm_viewer/ui/widgets/info_pages.py" line="-39"/>
        <source>Call {clinic} if you notice</source>
        <translation>Llame a {clinic} si nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your clinic</source>
        <translation>su clínica</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Office: {phone}</source>
        <translation>Consultorio: {phone}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After hours: {phone}</source>
        <translation>Fuera de horario: {phone}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call {number} or go to the emergency room right away if</source>
        <translation>Llame al {number} o vaya de inmediato a la sala de emergencias si</translation>
    </message>
</context>
<context>
    <name>_CategorySection</name>
    <message>
        <location filename="../../ipm_viewer/ui/screens/home.py" line="-241"/>
        <source>Show {n} more</source>
        <translation>Mostrar {n} más</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} more procedures in this group are not shown yet</source>
        <translation>Hay {n} procedimientos más en este grupo que todavía no se muestran</translation>
    </message>
</context>
</TS>
