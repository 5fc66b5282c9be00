// The import form refuses a file over the upload limit before sending it (the server refuses it too).
document.addEventListener('DOMContentLoaded', () => {
    const form = document.querySelector('form.import-form');
    if (!form) {
        return;
    }
    const max = Number(form.dataset.maxBytes);
    const message = document.querySelector('.size-error');
    form.addEventListener('submit', (event) => {
        const file = form.querySelector('input[type=file]').files[0];
        if (file && max && file.size > max) {
            event.preventDefault();
            message.hidden = false;
            message.focus();
        } else {
            message.hidden = true;
        }
    });
});
