/**
 * The pdf.js worker, bundled by Vite as a module worker of the app's own origin (the CSP allows
 * workers from 'self' only): parsing the PDF and extracting its text happen here, off the page's
 * main thread. The worker starts listening on its own when loaded in a worker scope.
 */
import 'pdfjs-dist/build/pdf.worker.mjs';
