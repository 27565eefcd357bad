/** Reads a dropped or picked file as text, passing its name along for the title. */
export type FileHandler = (text: string, fileName: string) => void;

async function readFirst(files: FileList | null | undefined, onFile: FileHandler): Promise<void> {
  const file = files?.[0];
  if (file) onFile(await file.text(), file.name);
}

/** Wires a file input: picking a file opens it. */
export function bindFilePicker(input: HTMLInputElement, onFile: FileHandler): void {
  input.addEventListener('change', async () => {
    await readFirst(input.files, onFile);
    input.value = '';
  });
}

/** Makes `zone` accept a dropped graph file, showing a hint while something is dragged over it. */
export function bindDropZone(zone: HTMLElement, onFile: FileHandler): void {
  const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
  zone.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    zone.classList.add('dropping');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dropping'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dropping');
    void readFirst(event.dataTransfer?.files, onFile);
  });
}
