/** The app's identity, as electron-builder.yml packages it (appId, productName). */
export const PRODUCT_NAME = 'Kế hoạch Studio';
export const APP_ID = 'vn.kehoachstudio.app';
